#include "tools/commands.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <set>
#include <thread>

#include <spdlog/spdlog.h>

#include "extract/assemble.h"
#include "extract/assembler.h"
#include "extract/lexicon.h"
#include "graph/error.h"
#include "graph/focus.h"
#include "graph/knowledge_graph.h"
#include "tools/atomic_file.h"
#include "tools/cli.h"
#include "tools/file_text_store.h"
#include "tools/pipeline.h"
#include "tools/report.h"
#include "tools/state.h"
#include "tools/state_run.h"

namespace inmaek::tools {
namespace {

using Clock = std::chrono::steady_clock;
using extract::DocExtraction;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// The documents of a run, folded into the graph and appended to the state as they come, so
// that no extraction is kept (issue 5).
struct Run {
  // Evidence sentences are kept in a temporary file in `dir` (issue 5), as the state lines are.
  Run(const std::string& dir, const extract::Lexicon& l)
      : graph(l, std::make_shared<FileTextStore>(dir)), state(dir, l), lexicon(l) {}
  extract::Assembler graph;
  StateRun state;
  const extract::Lexicon& lexicon;

  // Thread safe.
  void add(DocExtraction&& d) {
    state.add(d.doc_id, state_line(d, lexicon));
    graph.add(d);
  }
  // The documents of DIR's state are indexed (and checked: ParseError on a bad line); returns their ids.
  std::set<std::string> index_state(const std::string& dir) {
    const std::string path = existing_state(dir);
    std::ifstream in(path, std::ios::binary);
    if (!in) throw IoError(path + ": no saved state (build the graph with inmaek 0.1 or later first)");
    const std::size_t file = state.add_file(path);
    std::set<std::string> ids;
    scan_state(in, path, lexicon, [&](DocExtraction&& d, std::uint64_t offset, std::size_t length) {
      state.add_existing(file, d.doc_id, d.source, offset, length);
      ids.insert(d.doc_id);
    });
    return ids;
  }
  // Folds the indexed documents (each id once, the smallest source) into the graph.
  void fold_states() {
    state.for_each_existing([&](DocExtraction&& d) { graph.add(d); });
  }
};

// Threads for the name comparisons of Assembler::finish: those of extraction, idle by then.
unsigned finish_threads(const Options& o) { return o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency()); }

// Assembles, writes and reports; shared by build and update. `before`: documents of the graph
// already (0 for build).
int finish_run(const Options& o, const std::string& dir, Run& run, std::size_t before, Gathered&& got,
               spdlog::logger& log, Clock::time_point started) {
  const ProblemCounts counts = count_problems(got.problems);
  if (o.strict && counts.skipped) {
    log.error("--strict: {}; nothing written ({} left as it was)", counts.describe(), dir);
    return kExitSkipped;
  }
  const std::size_t fresh = got.documents;
  for (const auto& [id, source] : got.duplicate_sources) {
    run.graph.adopt_source(id, source);
    run.state.adopt_source(id, source);
  }
  const auto extracted = Clock::now();
  const KnowledgeGraph g = focus_graph(o, run.graph.finish(finish_threads(o)));
  const auto assembled = Clock::now();
  write_graph_dir(o, dir, g, run.state);
  log.debug("extraction {:.2f} s, assembly after it {:.2f} s, writing {:.2f} s", seconds_since(started) - seconds_since(extracted),
            std::chrono::duration<double>(assembled - extracted).count(), seconds_since(assembled));
  const std::string focus = o.focus.empty() ? "" : " around \"" + o.focus + "\" (depth " + std::to_string(o.depth) + ")";
  if (o.command == "update")
    log.info("read {} new documents ({} already in the graph), {}; the graph holds {} documents: {} entities, {} "
             "relations{}; {:.2f} s",
             fresh, got.duplicates, counts.describe(), before + fresh, g.entity_count(), g.relation_count(), focus,
             seconds_since(started));
  else
    log.info("read {} documents ({} duplicates), {}; {} entities, {} relations{}; {:.2f} s", fresh, got.duplicates,
             counts.describe(), g.entity_count(), g.relation_count(), focus, seconds_since(started));
  return counts.skipped ? kExitSkipped : kExitOk;
}

std::vector<DocExtraction> load_for_reading(const Options& o, const std::string& dir,
                                            std::shared_ptr<const extract::Lexicon>& lexicon, KnowledgeGraph& g) {
  lexicon = load_lexicon(o);
  std::vector<DocExtraction> docs = load_state(dir, *lexicon);
  g = focus_graph(o, extract::assemble(docs, *lexicon));
  return docs;
}

}  // namespace

int build_command(const Options& o, std::istream& in, std::ostream& err) {
  if (o.output.empty()) throw UsageError("build: -o DIR is required");
  if (o.positional.empty()) throw UsageError("build: no INPUT given");
  auto log = make_logger(o, err);
  const auto started = Clock::now();
  ensure_writable_dir(o.output);  // before any work
  auto lexicon = load_lexicon(o);
  log->debug("lexicon: {} entries", lexicon->entries().size());
  Run run(o.output, *lexicon);
  Gathered got = gather(o, o.positional, in, err, lexicon, {}, *log, [&](DocExtraction&& d) { run.add(std::move(d)); });
  return finish_run(o, o.output, run, 0, std::move(got), *log, started);
}

int update_command(const Options& o, std::istream& in, std::ostream& err) {
  if (o.positional.size() < 2) throw UsageError("update: expected DIR INPUT...");
  const std::string dir = o.positional[0];
  const std::vector<std::string> inputs(o.positional.begin() + 1, o.positional.end());
  auto log = make_logger(o, err);
  const auto started = Clock::now();
  auto lexicon = load_lexicon(o);
  Run run(dir, *lexicon);
  const std::set<std::string> known = run.index_state(dir);  // before any work: DIR must hold a graph
  ensure_writable_dir(dir);
  run.fold_states();
  const std::size_t before = run.graph.documents();
  log->debug("{}: {} documents in the graph", dir, before);
  Gathered got = gather(o, inputs, in, err, lexicon, known, *log, [&](DocExtraction&& d) { run.add(std::move(d)); });
  return finish_run(o, dir, run, before, std::move(got), *log, started);
}

int merge_command(const Options& o, std::ostream& err) {
  if (o.output.empty()) throw UsageError("merge: -o OUT is required");
  if (o.positional.empty()) throw UsageError("merge: no DIR given");
  auto log = make_logger(o, err);
  const auto started = Clock::now();
  auto lexicon = load_lexicon(o);
  Run run(o.output, *lexicon);
  std::size_t total = 0;
  for (const std::string& dir : o.positional) total += run.index_state(dir).size();  // all checked first
  ensure_writable_dir(o.output);
  run.fold_states();
  const std::size_t docs = run.graph.documents();
  const KnowledgeGraph g = focus_graph(o, run.graph.finish(finish_threads(o)));
  write_graph_dir(o, o.output, g, run.state);
  log->info("merged {} graphs: {} documents ({} duplicates); {} entities, {} relations; {:.2f} s", o.positional.size(),
            docs, total - docs, g.entity_count(), g.relation_count(), seconds_since(started));
  return kExitOk;
}

int stats_command(const Options& o, std::ostream& out, std::ostream& err) {
  if (o.positional.size() != 1) throw UsageError("stats: expected one DIR");
  auto log = make_logger(o, err);
  std::shared_ptr<const extract::Lexicon> lexicon;
  KnowledgeGraph g;
  const auto docs = load_for_reading(o, o.positional[0], lexicon, g);
  out << stats_report(g, docs, o.top);
  return kExitOk;
}

int explain_command(const Options& o, std::ostream& out, std::ostream& err) {
  if (o.positional.size() != 2) throw UsageError("explain: expected DIR \"NAME\"");
  auto log = make_logger(o, err);
  std::shared_ptr<const extract::Lexicon> lexicon;
  KnowledgeGraph g;
  const auto docs = load_for_reading(o, o.positional[0], lexicon, g);
  const std::string& name = o.positional[1];
  const std::vector<std::string> ids = find_entities_by_name(g, name);
  if (ids.empty()) {
    std::string hint;
    for (const std::string& n : similar_names(g, name)) hint += (hint.empty() ? " (did you mean: " : ", ") + n;
    throw UsageError("explain: no entity named \"" + name + "\" in " + o.positional[0] + (hint.empty() ? "" : hint + ")"));
  }
  for (std::size_t i = 0; i < ids.size(); ++i) out << (i ? "\n" : "") << explain_report(g, docs, ids[i]);
  return kExitOk;
}

}  // namespace inmaek::tools
