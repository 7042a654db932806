#pragma once
// The subcommands of the inmaek tool. Each takes parsed options, returns an exit code
// (tools/cli.h) and throws inmaek::Error subclasses for run() to report.
#include <iosfwd>

namespace inmaek::tools {

struct Options;

// build INPUT... -o DIR: read, extract, assemble, write DIR/graph.* and DIR/inmaek-state.jsonl.
int build_command(const Options& o, std::istream& in, std::ostream& err);
// update DIR INPUT...: add the new documents of INPUT to the graph in DIR.
int update_command(const Options& o, std::istream& in, std::ostream& err);
// merge DIR... -o OUT: the graph of the union of the DIRs' documents.
int merge_command(const Options& o, std::ostream& err);
// stats DIR: counts, top entities, most merged aliases (on `out`).
int stats_command(const Options& o, std::ostream& out, std::ostream& err);
// explain DIR NAME: every relation of the entity with its evidence (on `out`).
int explain_command(const Options& o, std::ostream& out, std::ostream& err);

}  // namespace inmaek::tools
