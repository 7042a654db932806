#pragma once
// The saved state of a graph directory: DIR/inmaek-state.jsonl holds every document's
// extraction, so that `update` and `merge` can re-assemble the graph without re-reading
// the articles. assemble() depends only on the set of extractions, hence
// `build A` + `update B` == `build A B` and merge(build A, build B) == `build A B`, byte for byte.
//
// Format (JSON Lines, UTF-8, one object per line, sorted by doc_id):
//   line 1: {"format":"inmaek-state","version":1,"documents":N}
//   then per document:
//   {"doc_id":"…","source":"…","published":"…","sentences":N,
//    "entities":[{"name":"…","type":"Person","lexicon":"canonical or absent","wikidata":"…",
//                 "names":[["text","lang"],…]},…],
//    "relations":[{"type":"founded","subject":0,"object":1,"date":"…","role":"…",
//                  "amount":{"text":"…","value":1e9,"currency":"USD"},"confidence":0.9,
//                  "evidence":{"sentence":"…","begin":0,"end":42,"rule":"…"}},…]}
// Lexicon entries are stored by canonical name, not index, and looked up again on load
// (an entry missing from the current lexicon makes the entity a discovered one). Evidence
// doc_id and source are stored only when they differ from the document's.
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"

namespace inmaek::extract {
class Lexicon;
}

namespace inmaek::tools {

inline constexpr const char* kStateFile = "inmaek-state.jsonl";

// Sorts by (doc_id, source) and keeps the first document of each doc_id, so a set of
// extractions has one canonical order whatever order it was gathered in.
void normalize_documents(std::vector<extract::DocExtraction>& docs);

// Writes `docs` in the format above, in normalised order (a normalised copy is made only when
// `docs` is not normalised already).
void write_state(const std::vector<extract::DocExtraction>& docs, const extract::Lexicon& lexicon, std::ostream& out);

// The first line of a state of `documents` documents, and the line of one document (both
// without the newline), as write_state writes them.
std::string state_header(std::size_t documents);
std::string state_line(const extract::DocExtraction& d, const extract::Lexicon& lexicon);

// Parses document lines of a state against a lexicon (built once, used for many lines).
class StateLineParser {
 public:
  explicit StateLineParser(const extract::Lexicon& lexicon);
  // Throws ParseError("WHERE: what is wrong").
  extract::DocExtraction parse(std::string_view line, const std::string& where) const;

 private:
  std::map<std::string, int, std::less<>> lexicon_index_;
};

// Reads a state line by line, checking it as read_state does, and calls `each(document, byte
// offset of its line, length of its line without the newline)` in file order, keeping nothing.
// Throws ParseError("NAME:LINE: what") on the first bad line, or at the end when the header's
// document count is not met.
void scan_state(std::istream& in, const std::string& name, const extract::Lexicon& lexicon,
                const std::function<void(extract::DocExtraction&&, std::uint64_t, std::size_t)>& each);

// Reads a state written by write_state. `name` is used in errors:
// ParseError("NAME:LINE: what is wrong"). The result is normalised.
std::vector<extract::DocExtraction> read_state(std::istream& in, const std::string& name,
                                               const extract::Lexicon& lexicon);

// The path of DIR/inmaek-state.jsonl after checking it can be read. Throws IoError when DIR
// has no state (naming it).
std::string existing_state(const std::string& dir);

// Reads DIR/inmaek-state.jsonl. Throws IoError when DIR has no state (naming it), ParseError
// when it is malformed.
std::vector<extract::DocExtraction> load_state(const std::string& dir, const extract::Lexicon& lexicon);

}  // namespace inmaek::tools
