#include "tools/inputs.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/utf8.h"

namespace inmaek::tools {
namespace fs = std::filesystem;

namespace {

bool is_article_file(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".txt" || ext == ".md";
}

}  // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs, std::vector<Problem>& problems) {
  std::vector<std::string> files;
  for (const std::string& in : inputs) {
    std::error_code ec;
    fs::file_status st = fs::status(in, ec);
    if (ec || !fs::exists(st)) {
      problems.push_back({in, "missing path", "no such file or directory"});
      continue;
    }
    if (fs::is_directory(st)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(in, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && is_article_file(it->path())) found.push_back(it->path().string());
      }
      if (ec) problems.push_back({in, "unreadable directory", ec.message()});
      if (found.empty()) problems.push_back({in, "directory without articles", "no *.txt or *.md files"});
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(in);
    }
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

std::vector<extract::Document> read_documents(const std::string& path, std::vector<Problem>& problems,
                                              std::size_t max_bytes) {
  std::vector<extract::Document> out;
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (ec) {
    problems.push_back({path, "unreadable file", ec.message()});
    return out;
  }
  if (size > max_bytes) {
    problems.push_back({path, "file too large", std::to_string(size) + " bytes, limit " + std::to_string(max_bytes)});
    return out;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    problems.push_back({path, "unreadable file", std::strerror(errno)});
    return out;
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    problems.push_back({path, "unreadable file", "read error"});
    return out;
  }
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    problems.push_back({path, "empty file", "no text"});
    return out;
  }
  // Binary: NUL bytes or mostly control characters.
  std::size_t controls = 0;
  const std::size_t probe = std::min<std::size_t>(text.size(), 8192);
  for (std::size_t i = 0; i < probe; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0) {
      controls = probe;
      break;
    }
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++controls;
  }
  if (controls * 10 > probe) {
    problems.push_back({path, "binary file", "not text"});
    return out;
  }
  std::size_t bad = extract::first_invalid_utf8(text);
  if (bad != std::string::npos) {
    problems.push_back({path, "invalid UTF-8",
                        "byte offset " + std::to_string(bad) + ": invalid UTF-8; bad bytes replaced with U+FFFD", false});
    text = extract::repair_utf8(text);
  }
  extract::Document d;
  d.id = extract::document_id(text);
  d.source = path;
  d.text = std::move(text);
  out.push_back(std::move(d));
  return out;
}

}  // namespace inmaek::tools
