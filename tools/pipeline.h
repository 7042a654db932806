#pragma once
// The steps the subcommands share: command-line options, the logger, the lexicon, reading and
// extracting inputs on a thread pool (with progress), and writing a graph directory.
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "extract/document.h"
#include "tools/cli.h"
#include "tools/inputs.h"
#include "tools/readers.h"

namespace spdlog {
class logger;
}
namespace inmaek {
class KnowledgeGraph;
}
namespace inmaek::extract {
class Lexicon;
}

namespace inmaek::tools {

// Every option of every subcommand; parse_options() checks which ones a command accepts.
struct Options {
  std::string command;                  // build, update, merge, stats, explain
  std::vector<std::string> positional;  // INPUTs, DIRs, NAME
  std::string output;                   // -o DIR
  bool graphml = true, dot = true, jsonld = true;
  std::vector<std::string> lexicons;    // --lexicon FILE (repeatable)
  bool default_lexicon = true;          // --no-default-lexicon turns it off
  unsigned threads = 0;                 // 0: all cores
  double min_confidence = 0;
  std::string lang;                     // "ko", "en" or "" (auto)
  InputFormat input_format = InputFormat::Auto;
  bool strict = false;                  // skipped inputs: write nothing, exit 1
  bool quiet = false, verbose = false;
  std::string log_file;
  int progress = -1;                    // -1: when stderr is a terminal; 0 never; 1 always
  std::string focus;                    // --focus NAME: only the ego network of NAME
  std::size_t depth = 1;                // --depth K hops around the focus
  std::size_t top = 10;                 // stats: how many entities per list
  bool help = false;
};

// Parses `args` (args[0] is the command). Throws UsageError naming the option.
Options parse_options(const Args& args);

std::shared_ptr<spdlog::logger> make_logger(const Options& o, std::ostream& err);

// The built-in lexicon (unless --no-default-lexicon) plus every --lexicon file.
// Throws ParseError("FILE:LINE: what") or IoError.
std::shared_ptr<const extract::Lexicon> load_lexicon(const Options& o);

class Progress;
class StateRun;

// Receives each extracted document; called from the extraction threads, concurrently.
using ExtractionSink = std::function<void(extract::DocExtraction&&)>;

struct Gathered {
  std::size_t documents = 0;                 // new documents, each passed to the sink once
  std::vector<Problem> problems;             // in input order
  std::size_t duplicates = 0;                // documents already known (or read twice)
  // (doc_id, source) of every duplicate, so that the smallest source can be kept (see
  // Assembler::adopt_source): `build A` + `update B` stays identical to `build A B` when A and
  // B share an article.
  std::vector<std::pair<std::string, std::string>> duplicate_sources;
  std::size_t bytes = 0;                     // input bytes read
};

// Reads and extracts every input ("-" is `in`), skipping documents whose id is in `known`,
// and hands each extraction to `sink` as soon as it is made (nothing is kept here).
// Problems are logged as they happen; the progress bar (if enabled) is drawn on `err`.
Gathered gather(const Options& o, const std::vector<std::string>& inputs, std::istream& in, std::ostream& err,
                std::shared_ptr<const extract::Lexicon> lexicon,
                const std::set<std::string>& known, spdlog::logger& log, const ExtractionSink& sink);

// The graph to write: the whole graph, or with --focus the ego network of the entity.
// Throws UsageError when --focus names no entity.
KnowledgeGraph focus_graph(const Options& o, KnowledgeGraph g);

// Writes DIR/graph.{graphml,dot,jsonld} (as chosen) and then DIR/inmaek-state.jsonl, each
// atomically (temporary file + rename).
void write_graph_dir(const Options& o, const std::string& dir, const KnowledgeGraph& g, StateRun& state);

// Counts problems by reason: (skipped by reason, read-with-a-note by reason).
struct ProblemCounts {
  std::size_t skipped = 0;
  std::map<std::string, std::size_t> skipped_by_reason, noted_by_reason;
  std::string describe() const;  // "skipped 2 inputs (empty file: 1, missing path: 1); ..."
};
ProblemCounts count_problems(const std::vector<Problem>& problems);

}  // namespace inmaek::tools
