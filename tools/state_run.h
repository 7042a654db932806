#pragma once
// The state file of a run (tools/state.h), gathered without holding every extraction: the line
// of each new document goes to a temporary run file as soon as it is extracted, the documents
// of existing states are indexed where they lie, and write() puts them in order at the end.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "extract/document.h"

namespace inmaek::extract {
class Lexicon;
}

namespace inmaek::tools {

class StateLineParser;

class StateRun {
 public:
  // The run file is made in `dir` on the first add(), unnamed where the file system allows
  // (O_TMPFILE), else named and unlinked at once: nothing is left behind, even after SIGKILL.
  // `lexicon` must outlive the run.
  StateRun(std::string dir, const extract::Lexicon& lexicon);
  ~StateRun();
  StateRun(const StateRun&) = delete;
  StateRun& operator=(const StateRun&) = delete;

  // Appends the state line (state_line(), without newline) of new document `doc_id`. Thread
  // safe. Throws IoError naming `dir` when the run file cannot be written.
  void add(const std::string& doc_id, const std::string& line);

  // Registers an existing state file (checked by scan_state already); returns its number.
  std::size_t add_file(const std::string& path);
  // The document `doc_id` from `source` whose line is at `offset` (`length` bytes) of `file`.
  void add_existing(std::size_t file, const std::string& doc_id, const std::string& source, std::uint64_t offset,
                    std::size_t length);

  // Document `doc_id` was read from `source` too; the smaller source is kept (see adopt_sources).
  void adopt_source(const std::string& doc_id, const std::string& source);

  // The documents of the existing files, each id once (the copy with the smallest source), in
  // order of id, parsed one at a time. Throws ParseError when a line no longer parses.
  void for_each_existing(const std::function<void(extract::DocExtraction&&)>& each);

  // The number of distinct documents so far.
  std::size_t documents();

  // Writes the state: the header, then each document id once (the smallest source), sorted by
  // id, byte for byte what write_state writes for the same documents.
  void write(std::ostream& out);

 private:
  struct Entry {
    std::string doc_id;
    std::string source;  // for existing documents only: decides among copies of one id
    std::uint64_t offset = 0;
    std::uint32_t length = 0;
    std::uint32_t file = 0;  // 0: the run file; k: files_[k - 1]
    bool verbatim = false;   // the line is what state_line() makes of it
  };
  void normalize();  // sorts entries_ by (doc_id, source), keeps the first of each id
  std::string read_line(const Entry& e, std::vector<std::ifstream>& open) const;
  extract::DocExtraction adopted(extract::DocExtraction d) const;

  std::string dir_;
  const extract::Lexicon& lexicon_;
  std::mutex mu_;
  int fd_ = -1;
  std::uint64_t run_size_ = 0;
  std::vector<std::string> files_;
  std::vector<Entry> entries_;
  std::map<std::string, std::string> adopted_;  // doc id -> smallest other source
};

}  // namespace inmaek::tools
