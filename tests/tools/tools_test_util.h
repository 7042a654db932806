#pragma once
// Helpers shared by the tools tests: a scratch directory, whole-file I/O and an in-process
// run of the command line.
#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "tools/cli.h"

namespace inmaek::testing {

namespace fs = std::filesystem;

// A fresh directory under the system temp dir, removed with everything in it on destruction.
class TempDir {
 public:
  explicit TempDir(const std::string& tag = "t") {
    static std::atomic<int> counter{0};
    path_ = fs::temp_directory_path() /
            ("inmaek-tools-" + tag + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const fs::path& path() const { return path_; }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

inline void write_file(const std::string& path, const std::string& content) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// Every file name (not path) directly in `dir`, sorted.
inline std::vector<std::string> list_dir(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

struct RunResult {
  int code = -1;
  std::string out;
  std::string err;
};

// Runs `inmaek ARGS...` in-process with string streams.
inline RunResult run_cli(const tools::Args& args) {
  std::istringstream in;
  std::ostringstream out, err;
  RunResult r;
  r.code = tools::run(args, in, out, err);
  r.out = out.str();
  r.err = err.str();
  return r;
}

inline std::string examples_dir() { return std::string(INMAEK_SOURCE_DIR) + "/examples"; }

// A short Korean article that the default lexicon understands.
inline const std::string kArticle =
    "샘 올트먼은 2015년 일리야 수츠케버와 함께 오픈AI를 설립했다. 오픈AI는 챗GPT를 개발했다.\n";

}  // namespace inmaek::testing
