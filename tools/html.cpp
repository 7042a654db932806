#include "tools/html.h"

#include <cstring>
#include <set>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

namespace inmaek::tools {
namespace {

const char* name_of(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

std::string attr(const xmlNode* n, const char* key) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(key));
  if (!v) return {};
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

bool is(const xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE && n->name && std::strcmp(name_of(n), name) == 0;
}

const std::set<std::string> kDropped = {"script", "style",  "noscript", "template", "nav",    "header", "footer",
                                        "aside",  "form",   "button",   "select",   "iframe", "svg",    "canvas",
                                        "head",   "object", "embed",    "menu",     "dialog"};
const std::set<std::string> kBlocks = {"p",  "div", "h1",  "h2",    "h3",    "h4",         "h5",     "h6",
                                       "li", "br",  "tr",  "td",    "th",    "blockquote", "pre",    "section",
                                       "ul", "ol",  "dl",  "dt",    "dd",    "table",      "article", "main",
                                       "hr", "figcaption", "figure", "address", "caption", "body",  "center"};

const xmlNode* find_first(const xmlNode* n, const char* name) {
  for (; n; n = n->next) {
    if (is(n, name)) return n;
    if (n->type == XML_ELEMENT_NODE && kDropped.count(name_of(n)) && std::strcmp(name, "title") != 0) continue;
    if (const xmlNode* f = find_first(n->children, name)) return f;
  }
  return nullptr;
}

// Text of the node's descendants with white space collapsed.
std::string plain_text(const xmlNode* n) {
  std::string out;
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) out += reinterpret_cast<const char*>(c->content);
    else if (c->type == XML_ELEMENT_NODE) out += plain_text(c);
  }
  std::string collapsed;
  bool space = false;
  for (char ch : out) {
    if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f') {
      space = !collapsed.empty();
    } else {
      if (space) collapsed += ' ';
      space = false;
      collapsed += ch;
    }
  }
  return collapsed;
}

class TextBuilder {
 public:
  void walk(const xmlNode* n) {
    for (; n; n = n->next) {
      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        add(reinterpret_cast<const char*>(n->content));
      } else if (n->type == XML_ELEMENT_NODE) {
        const std::string name = name_of(n);
        if (kDropped.count(name)) continue;
        const bool block = kBlocks.count(name) > 0;
        if (block) end_line();
        walk(n->children);
        if (block) end_line();
      }
    }
  }
  std::string finish() {
    end_line();
    return std::move(text_);
  }

 private:
  void add(const char* s) {
    for (; *s; ++s) {
      const char ch = *s;
      if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f') {
        space_ = !line_.empty();
      } else {
        if (space_) line_ += ' ';
        space_ = false;
        line_ += ch;
      }
    }
  }
  void end_line() {
    if (!line_.empty()) {
      text_ += line_;
      text_ += '\n';
    }
    line_.clear();
    space_ = false;
  }
  std::string text_, line_;
  bool space_ = false;
};

// "2025-03-04T09:00:00+09:00" -> "2025-03-04"; "2025-03" stays; anything else -> "".
std::string date_prefix(const std::string& s) {
  auto digits = [&](std::size_t from, std::size_t n) {
    if (s.size() < from + n) return false;
    for (std::size_t i = from; i < from + n; ++i)
      if (s[i] < '0' || s[i] > '9') return false;
    return true;
  };
  if (digits(0, 4) && s.size() >= 10 && s[4] == '-' && digits(5, 2) && s[7] == '-' && digits(8, 2)) return s.substr(0, 10);
  if (digits(0, 4) && s.size() >= 7 && s[4] == '-' && digits(5, 2)) return s.substr(0, 7);
  return {};
}

void scan_meta(const xmlNode* n, HtmlArticle& a, std::string& og_title) {
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (is(n, "meta")) {
      const std::string key = attr(n, "property").empty() ? attr(n, "name") : attr(n, "property");
      const std::string content = attr(n, "content");
      if (a.published.empty() &&
          (key == "article:published_time" || key == "date" || key == "pubdate" || key == "publish-date"))
        a.published = date_prefix(content);
      if (key == "og:title" && og_title.empty()) og_title = content;
    }
    scan_meta(n->children, a, og_title);
  }
}

}  // namespace

HtmlArticle parse_html(std::string_view utf8) {
  HtmlArticle a;
  htmlDocPtr doc = htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                      HTML_PARSE_IGNORE_ENC | HTML_PARSE_NOIMPLIED);
  if (!doc) return a;
  const xmlNode* root = xmlDocGetRootElement(doc);
  std::string og_title;
  scan_meta(root, a, og_title);
  if (a.published.empty())
    if (const xmlNode* t = find_first(root, "time")) a.published = date_prefix(attr(t, "datetime"));
  if (const xmlNode* t = find_first(root, "title")) a.title = plain_text(t);
  if (a.title.empty()) a.title = og_title;
  const xmlNode* container = find_first(root, "article");
  if (!container) container = find_first(root, "main");
  if (!container) container = find_first(root, "body");
  if (container) {
    TextBuilder b;
    b.walk(container->children);
    a.text = b.finish();
    a.has_body = !a.text.empty();
  }
  xmlFreeDoc(doc);
  return a;
}

}  // namespace inmaek::tools
