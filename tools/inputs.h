#pragma once
// Finding and reading input documents, with a reason for every input that is skipped.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "extract/document.h"

namespace inmaek::tools {

// Expands files and directories (recursively: *.txt, *.md, *.jsonl, *.ndjson, *.html, *.htm) into a
// sorted list of files; "-" (stdin) is kept as is. Missing paths and directories without
// articles are reported in `problems`.
struct Problem {
  std::string where;   // "path" or "path:line"
  std::string reason;  // short category, e.g. "missing path", "invalid UTF-8"
  std::string detail;  // one line for the user
  bool skipped = true;  // false: the input was read anyway (e.g. repaired UTF-8)
};

std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs, std::vector<Problem>& problems);

// Reads one file into documents (one for text and HTML files, one per record for JSONL; see
// tools/readers.h). Bad input yields a Problem and no document; invalid UTF-8 is transcoded
// from CP949 or repaired (each bad byte becomes U+FFFD) and reported. Files over `max_bytes` are skipped.
std::vector<extract::Document> read_documents(const std::string& path, std::vector<Problem>& problems,
                                              std::size_t max_bytes = std::size_t{256} << 20);

}  // namespace inmaek::tools
