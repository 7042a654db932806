#include "tools/commands.h"

#include <chrono>
#include <set>

#include <spdlog/spdlog.h>

#include "extract/assemble.h"
#include "extract/lexicon.h"
#include "graph/error.h"
#include "graph/focus.h"
#include "graph/knowledge_graph.h"
#include "tools/atomic_file.h"
#include "tools/cli.h"
#include "tools/pipeline.h"
#include "tools/report.h"
#include "tools/state.h"

namespace inmaek::tools {
namespace {

using Clock = std::chrono::steady_clock;
using extract::DocExtraction;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// Assembles, writes and reports; shared by build and update. `state` holds the documents
// already in the graph (empty for build).
int finish_run(const Options& o, const std::string& dir, std::vector<DocExtraction> state, Gathered&& got,
               const extract::Lexicon& lexicon, spdlog::logger& log, Clock::time_point started) {
  const ProblemCounts counts = count_problems(got.problems);
  if (o.strict && counts.skipped) {
    log.error("--strict: {}; nothing written ({} left as it was)", counts.describe(), dir);
    return kExitSkipped;
  }
  const std::size_t before = state.size(), fresh = got.docs.size();
  std::vector<DocExtraction> docs = std::move(state);
  for (auto& d : got.docs) docs.push_back(std::move(d));
  adopt_sources(docs, got.duplicate_sources);
  normalize_documents(docs);
  const KnowledgeGraph g = focus_graph(o, extract::assemble(docs, lexicon));
  write_graph_dir(o, dir, g, docs, lexicon);
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
  Gathered got = gather(o, o.positional, in, err, lexicon, {}, *log);
  return finish_run(o, o.output, {}, std::move(got), *lexicon, *log, started);
}

int update_command(const Options& o, std::istream& in, std::ostream& err) {
  if (o.positional.size() < 2) throw UsageError("update: expected DIR INPUT...");
  const std::string dir = o.positional[0];
  const std::vector<std::string> inputs(o.positional.begin() + 1, o.positional.end());
  auto log = make_logger(o, err);
  const auto started = Clock::now();
  auto lexicon = load_lexicon(o);
  std::vector<DocExtraction> state = load_state(dir, *lexicon);  // before any work: DIR must hold a graph
  ensure_writable_dir(dir);
  log->debug("{}: {} documents in the graph", dir, state.size());
  std::set<std::string> known;
  for (const DocExtraction& d : state) known.insert(d.doc_id);
  Gathered got = gather(o, inputs, in, err, lexicon, known, *log);
  return finish_run(o, dir, std::move(state), std::move(got), *lexicon, *log, started);
}

int merge_command(const Options& o, std::ostream& err) {
  if (o.output.empty()) throw UsageError("merge: -o OUT is required");
  if (o.positional.empty()) throw UsageError("merge: no DIR given");
  auto log = make_logger(o, err);
  const auto started = Clock::now();
  auto lexicon = load_lexicon(o);
  std::vector<std::vector<DocExtraction>> states;
  for (const std::string& dir : o.positional) states.push_back(load_state(dir, *lexicon));  // all checked first
  ensure_writable_dir(o.output);
  std::vector<DocExtraction> docs;
  std::size_t total = 0;
  for (auto& s : states) {
    total += s.size();
    for (auto& d : s) docs.push_back(std::move(d));
  }
  normalize_documents(docs);
  const KnowledgeGraph g = focus_graph(o, extract::assemble(docs, *lexicon));
  write_graph_dir(o, o.output, g, docs, *lexicon);
  log->info("merged {} graphs: {} documents ({} duplicates); {} entities, {} relations; {:.2f} s", o.positional.size(),
            docs.size(), total - docs.size(), g.entity_count(), g.relation_count(), seconds_since(started));
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
