#include "tools/readers.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <istream>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "tools/encoding.h"
#include "tools/html.h"

namespace inmaek::tools {
namespace fs = std::filesystem;

namespace {

std::string content_id(const extract::Document& d) {
  if (d.title.empty() && d.published.empty()) return extract::document_id(d.text);
  return extract::document_id(d.title + '\x1f' + d.published + '\x1f' + d.text);
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos; }

// NUL bytes or more than 10% control characters in the first 8 KB.
bool looks_binary(std::string_view s) {
  std::size_t controls = 0;
  const std::size_t probe = std::min<std::size_t>(s.size(), 8192);
  for (std::size_t i = 0; i < probe; ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++controls;
  }
  return controls * 10 > probe;
}

// "2025-03-04T09:00:00Z" -> "2025-03-04", "2025-03" -> "2025-03"; nullopt when not a date.
std::optional<std::string> normalize_date(const std::string& s) {
  auto digits = [&](std::size_t from, std::size_t n) {
    if (s.size() < from + n) return false;
    for (std::size_t i = from; i < from + n; ++i)
      if (s[i] < '0' || s[i] > '9') return false;
    return true;
  };
  if (s.empty()) return std::string();
  if (digits(0, 4) && s.size() >= 10 && (s[4] == '-' || s[4] == '.') && digits(5, 2) && s[7] == s[4] && digits(8, 2))
    return s.substr(0, 4) + "-" + s.substr(5, 2) + "-" + s.substr(8, 2);
  if (digits(0, 4) && s.size() == 7 && s[4] == '-' && digits(5, 2)) return s;
  if (digits(0, 4) && s.size() == 4) return s;
  return std::nullopt;
}

// Decodes bytes to UTF-8, noting a transcoding or a repair. `where` names the input.
std::string decode(std::string bytes, const std::string& where, std::vector<Problem>& problems) {
  Decoded d = decode_text(std::move(bytes));
  if (d.how == Decoded::How::Cp949)
    problems.push_back({where, "transcoded from CP949", "transcoded from CP949 (EUC-KR) to UTF-8", false});
  else if (d.how == Decoded::How::Repaired)
    problems.push_back({where, "invalid UTF-8",
                        "byte offset " + std::to_string(d.first_bad) + ": invalid UTF-8; bad bytes replaced with U+FFFD",
                        false});
  return std::move(d.text);
}

// Reads a whole file (or stream) with the checks every whole-file format shares.
std::optional<std::string> read_whole(const std::string& path, std::istream* stream, const ReadOptions& opt,
                                      std::vector<Problem>& problems) {
  std::string bytes;
  if (stream) {
    bytes.assign(std::istreambuf_iterator<char>(*stream), std::istreambuf_iterator<char>());
  } else {
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec) {
      problems.push_back({path, "unreadable file", ec.message()});
      return std::nullopt;
    }
    if (size > opt.max_bytes) {
      problems.push_back({path, "file too large", std::to_string(size) + " bytes, limit " + std::to_string(opt.max_bytes)});
      return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      problems.push_back({path, "unreadable file", std::strerror(errno)});
      return std::nullopt;
    }
    // One read of the size we know, then whatever a file that grew meanwhile still holds.
    bytes.resize(static_cast<std::size_t>(size));
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    bytes.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) {
      problems.push_back({path, "unreadable file", "read error"});
      return std::nullopt;
    }
  }
  if (blank(bytes)) {
    problems.push_back({path, "empty file", "no text"});
    return std::nullopt;
  }
  if (looks_binary(bytes)) {
    problems.push_back({path, "binary file", "not text"});
    return std::nullopt;
  }
  return bytes;
}

void note_long_line(const std::string& path, std::string_view text, const ReadOptions& opt,
                    std::vector<Problem>& problems) {
  std::size_t line = 1, start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end - start >= opt.long_line_note) {
      problems.push_back({path + ":" + std::to_string(line), "long line",
                          "a single line of " + std::to_string(end - start) +
                              " bytes (read; sentences longer than 4000 bytes are cut)",
                          false});
      return;  // one note per file
    }
    start = end + 1;
    ++line;
  }
}

std::size_t read_text(const std::string& path, std::istream* stream, const ReadOptions& opt,
                      std::vector<Problem>& problems, const DocumentSink& sink) {
  auto bytes = read_whole(path, stream, opt, problems);
  if (!bytes) return 0;
  const std::size_t n = bytes->size();
  extract::Document d;
  d.text = decode(std::move(*bytes), path, problems);
  note_long_line(path, d.text, opt, problems);
  d.source = path;
  d.lang = opt.lang;
  d.id = content_id(d);
  sink(std::move(d), n);
  return n;
}

std::size_t read_html(const std::string& path, std::istream* stream, const ReadOptions& opt,
                      std::vector<Problem>& problems, const DocumentSink& sink) {
  auto bytes = read_whole(path, stream, opt, problems);
  if (!bytes) return 0;
  const std::size_t n = bytes->size();
  HtmlArticle a = parse_html(decode(std::move(*bytes), path, problems));
  if (!a.has_body) {
    problems.push_back({path, "HTML without a body", "no <body>, <article> or <main> with text"});
    return n;
  }
  extract::Document d;
  d.text = std::move(a.text);
  d.title = std::move(a.title);
  d.published = std::move(a.published);
  d.source = path;
  d.lang = opt.lang;
  d.id = content_id(d);
  sink(std::move(d), n);
  return n;
}

std::size_t read_jsonl(const std::string& path, std::istream& in, const ReadOptions& opt,
                       std::vector<Problem>& problems, const DocumentSink& sink) {
  std::string line;
  std::size_t lineno = 0, done = 0, records = 0;
  while (std::getline(in, line)) {
    ++lineno;
    done += line.size() + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (blank(line)) continue;
    ++records;
    const std::string where = path + ":" + std::to_string(lineno);
    if (line.size() > opt.max_line_bytes) {
      problems.push_back({where, "line too long",
                          std::to_string(line.size()) + " bytes, limit " + std::to_string(opt.max_line_bytes)});
      continue;
    }
    if (auto d = parse_jsonl_record(line, path, lineno, in.eof(), problems)) {
      d->lang = opt.lang;
      sink(std::move(*d), done);
    }
  }
  if (in.bad()) problems.push_back({path + ":" + std::to_string(lineno + 1), "unreadable file", "read error"});
  else if (records == 0) problems.push_back({path, "empty file", "no JSONL records"});
  return done;
}

}  // namespace

std::optional<InputFormat> parse_input_format(std::string_view s) {
  if (s == "auto") return InputFormat::Auto;
  if (s == "text" || s == "txt") return InputFormat::Text;
  if (s == "jsonl" || s == "ndjson") return InputFormat::Jsonl;
  if (s == "html" || s == "htm") return InputFormat::Html;
  return std::nullopt;
}

std::optional<InputFormat> format_of_path(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".txt" || ext == ".md") return InputFormat::Text;
  if (ext == ".jsonl" || ext == ".ndjson") return InputFormat::Jsonl;
  if (ext == ".html" || ext == ".htm") return InputFormat::Html;
  return std::nullopt;
}

std::optional<extract::Document> parse_jsonl_record(std::string_view raw, const std::string& path, std::size_t lineno,
                                                    bool last_line_unterminated, std::vector<Problem>& problems) {
  const std::string where = path + ":" + std::to_string(lineno);
  std::string line = decode(std::string(raw), where, problems);
  rapidjson::Document j;
  j.Parse(line.data(), line.size());
  if (j.HasParseError()) {
    // Truncated: the file ends inside the record (no newline after it, parser ran out of input).
    const bool truncated = last_line_unterminated && j.GetErrorOffset() + 1 >= line.size();
    problems.push_back({where, truncated ? "truncated JSONL record" : "malformed JSONL record",
                        "byte offset " + std::to_string(j.GetErrorOffset()) + ": " +
                            rapidjson::GetParseError_En(j.GetParseError())});
    return std::nullopt;
  }
  auto wrong = [&](const std::string& what) {
    problems.push_back({where, "JSON with wrong field types", what});
    return std::nullopt;
  };
  if (!j.IsObject()) return wrong("expected an object {\"id\",\"title\",\"text\",\"url\",\"published\"}");
  auto text_field = j.FindMember("text");
  if (text_field == j.MemberEnd()) return wrong("missing \"text\"");
  extract::Document d;
  std::string url, id;
  const std::pair<const char*, std::string*> fields[] = {
      {"text", &d.text}, {"title", &d.title}, {"published", &d.published}, {"url", &url}, {"id", &id}};
  for (const auto& [key, target] : fields) {
    auto it = j.FindMember(key);
    if (it == j.MemberEnd() || it->value.IsNull()) continue;
    if (it->value.IsString()) {
      target->assign(it->value.GetString(), it->value.GetStringLength());
    } else if (std::strcmp(key, "id") == 0 && it->value.IsNumber()) {
      *target = it->value.IsInt64() ? std::to_string(it->value.GetInt64()) : std::to_string(it->value.GetDouble());
    } else {
      static const char* kTypeNames[] = {"null", "false", "true", "an object", "an array", "a string", "a number"};
      return wrong(std::string("\"") + key + "\" must be a string, got " + kTypeNames[it->value.GetType()]);
    }
  }
  if (blank(d.text)) {
    problems.push_back({where, "empty record", "\"text\" is empty"});
    return std::nullopt;
  }
  if (auto date = normalize_date(d.published)) {
    d.published = *date;
  } else {
    problems.push_back({where, "bad date", "\"published\": \"" + d.published + "\" is not YYYY-MM-DD (ignored)", false});
    d.published.clear();
  }
  d.source = !url.empty() ? url : where;
  d.id = content_id(d);
  return d;
}

std::size_t read_input(const std::string& path, std::istream& stdin_stream, const ReadOptions& opt,
                       std::vector<Problem>& problems, const DocumentSink& sink) {
  const bool is_stdin = path == "-";
  const std::string name = is_stdin ? "(stdin)" : path;
  InputFormat format = opt.format;
  if (format == InputFormat::Auto) {
    if (is_stdin) {
      std::istream::sentry skip_ws(stdin_stream);  // skips leading white space
      const int c = stdin_stream.peek();
      format = c == '{' ? InputFormat::Jsonl : c == '<' ? InputFormat::Html : InputFormat::Text;
    } else {
      format = format_of_path(path).value_or(InputFormat::Text);
    }
  }
  switch (format) {
    case InputFormat::Jsonl: {
      if (is_stdin) return read_jsonl(name, stdin_stream, opt, problems, sink);
      std::ifstream in(path, std::ios::binary);
      if (!in) {
        std::error_code ec;
        problems.push_back({path, fs::exists(path, ec) ? "unreadable file" : "missing path", std::strerror(errno)});
        return 0;
      }
      return read_jsonl(path, in, opt, problems, sink);
    }
    case InputFormat::Html:
      return read_html(name, is_stdin ? &stdin_stream : nullptr, opt, problems, sink);
    default:
      return read_text(name, is_stdin ? &stdin_stream : nullptr, opt, problems, sink);
  }
}

}  // namespace inmaek::tools
