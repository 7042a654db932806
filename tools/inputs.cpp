#include "tools/inputs.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tools/readers.h"

namespace inmaek::tools {
namespace fs = std::filesystem;

namespace {

bool is_article_file(const fs::path& p) { return format_of_path(p.string()).has_value(); }

}  // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs, std::vector<Problem>& problems) {
  std::vector<std::string> files;
  for (const std::string& in : inputs) {
    if (in == "-") {  // stdin
      files.push_back(in);
      continue;
    }
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
      if (found.empty()) problems.push_back({in, "directory without articles", "no *.txt, *.md, *.jsonl, *.ndjson, *.html or *.htm files"});
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
  std::istringstream no_stdin;
  ReadOptions opt;
  opt.max_bytes = max_bytes;
  read_input(path, no_stdin, opt, problems, [&](extract::Document&& d, std::size_t) { out.push_back(std::move(d)); });
  return out;
}

}  // namespace inmaek::tools
