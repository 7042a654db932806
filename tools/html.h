#pragma once
// Article text from a web page saved as HTML, with libxml2's HTML parser.
#include <string>
#include <string_view>

namespace inmaek::tools {

struct HtmlArticle {
  bool has_body = false;  // false: no <body> (or <article>/<main>) with any text
  std::string title;      // <title>, else <meta property="og:title">
  std::string published;  // "YYYY-MM-DD" from <meta property="article:published_time">
                          // (or name="date"/"pubdate", <time datetime>), else ""
  std::string text;       // the article's paragraphs, one per line
};

// Parses UTF-8 HTML (any declared charset is ignored: transcode first). The text comes from
// the first <article>, else <main>, else <body>; script, style, noscript, template, nav,
// header, footer, aside, form, button, select and iframe elements are dropped. Block elements
// (p, div, h1-h6, li, br, tr, blockquote, pre, section, ...) end a line; runs of white space
// inside a line become one space. Never throws on malformed markup (the parser recovers).
HtmlArticle parse_html(std::string_view utf8);

}  // namespace inmaek::tools
