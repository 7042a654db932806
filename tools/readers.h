#pragma once
// Reading one input (a file or stdin) into documents, streamed one at a time, by format:
// plain text (.txt, .md: one document per file), JSONL (.jsonl, .ndjson: one article per line,
// {"id","title","text","url","published"}) and HTML (.html, .htm). Every input or record that
// cannot be read becomes a Problem naming the file (and line or byte offset); reading goes on.
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "tools/inputs.h"

namespace inmaek::tools {

enum class InputFormat { Auto, Text, Jsonl, Html };

// "auto", "text" (or "txt"), "jsonl", "html"; nullopt otherwise.
std::optional<InputFormat> parse_input_format(std::string_view s);
// The format of a file by its extension (case-insensitive); nullopt when it is none of ours.
std::optional<InputFormat> format_of_path(const std::string& path);

struct ReadOptions {
  InputFormat format = InputFormat::Auto;          // Auto: by extension; stdin: by its first byte
  std::size_t max_bytes = std::size_t{256} << 20;  // larger text/HTML files are skipped
  std::size_t max_line_bytes = std::size_t{64} << 20;  // longer JSONL records are skipped
  std::size_t long_line_note = std::size_t{1} << 20;   // text lines this long get a note (still read)
  std::string lang;                                // "" or "ko"/"en", copied into each document
};

// Called for each document read, with the number of input bytes consumed so far.
using DocumentSink = std::function<void(extract::Document&&, std::size_t bytes_done)>;

// Reads `path` ("-" reads `stdin_stream`) and calls `sink` for each document. Document ids are
// content hashes (document_id of title, published date and text), so the same article read
// twice has the same id. Returns the number of bytes read.
std::size_t read_input(const std::string& path, std::istream& stdin_stream, const ReadOptions& opt,
                       std::vector<Problem>& problems, const DocumentSink& sink);

// The text of one JSONL record line as a document, or a Problem ("FILE:LINE").
// `line` must not hold the newline.
std::optional<extract::Document> parse_jsonl_record(std::string_view line, const std::string& path, std::size_t lineno,
                                                    bool last_line_unterminated, std::vector<Problem>& problems);

}  // namespace inmaek::tools
