#include "tools/pipeline.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <mutex>
#include <sstream>
#include <thread>

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include "export/dot_writer.h"
#include "export/graphml_writer.h"
#include "export/jsonld_writer.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "graph/error.h"
#include "graph/focus.h"
#include "graph/knowledge_graph.h"
#include "tools/atomic_file.h"
#include "tools/progress.h"
#include "tools/state.h"
#include "tools/state_run.h"

namespace inmaek::tools {
namespace fs = std::filesystem;

namespace {

double parse_number(const std::string& flag, const std::string& v) {
  try {
    std::size_t used = 0;
    double d = std::stod(v, &used);
    if (used != v.size()) throw std::invalid_argument(v);
    return d;
  } catch (const std::exception&) {
    throw UsageError(flag + ": expected a number, got \"" + v + "\"");
  }
}

// Options each command accepts (beyond -q, -v, --log-file, --help).
const std::map<std::string, std::set<std::string>> kAccepted = {
    {"build",
     {"-o", "--formats", "--lexicon", "--no-default-lexicon", "--threads", "--min-confidence", "--lang",
      "--input-format", "--strict", "--progress", "--no-progress", "--focus", "--depth"}},
    {"update",
     {"--formats", "--lexicon", "--no-default-lexicon", "--threads", "--min-confidence", "--lang", "--input-format",
      "--strict", "--progress", "--no-progress", "--focus", "--depth"}},
    {"merge", {"-o", "--formats", "--lexicon", "--no-default-lexicon", "--focus", "--depth"}},
    {"stats", {"--lexicon", "--no-default-lexicon", "--focus", "--depth", "--top"}},
    {"explain", {"--lexicon", "--no-default-lexicon", "--focus", "--depth"}},
};

std::size_t parse_count(const std::string& flag, const std::string& v, double lo, double hi) {
  const double d = parse_number(flag, v);
  if (d < lo || d > hi || d != static_cast<double>(static_cast<std::size_t>(d)))
    throw UsageError(flag + ": expected a whole number in " + std::to_string(static_cast<long>(lo)) + ".." +
                     std::to_string(static_cast<long>(hi)) + ", got \"" + v + "\"");
  return static_cast<std::size_t>(d);
}

}  // namespace

Options parse_options(const Args& args) {
  Options o;
  o.command = args.at(0);
  const auto& accepted = kAccepted.at(o.command);
  bool positional_only = false;
  for (std::size_t i = 1; i < args.size(); ++i) {
    std::string a = args[i];
    if (positional_only || a == "-" || a.size() < 2 || a[0] != '-') {
      o.positional.push_back(a);
      continue;
    }
    if (a == "--") {
      positional_only = true;
      continue;
    }
    std::string inline_value;
    bool has_inline = false;
    if (auto eq = a.find('='); a.rfind("--", 0) == 0 && eq != std::string::npos) {
      inline_value = a.substr(eq + 1);
      a = a.substr(0, eq);
      has_inline = true;
    }
    if (a == "--output") a = "-o";
    auto value = [&]() -> std::string {
      if (has_inline) return inline_value;
      if (i + 1 >= args.size()) throw UsageError(a + ": missing value");
      return args[++i];
    };
    if (a == "-h" || a == "--help") {
      o.help = true;
    } else if (a == "-q" || a == "--quiet") {
      o.quiet = true;
    } else if (a == "-v" || a == "--verbose") {
      o.verbose = true;
    } else if (a == "--log-file") {
      o.log_file = value();
    } else if (!accepted.count(a)) {
      bool known = false;
      for (const auto& [cmd, flags] : kAccepted) known = known || flags.count(a);
      throw UsageError(known ? o.command + ": " + a + " is not an option of " + o.command + " (see inmaek " + o.command + " --help)"
                             : "unknown option \"" + a + "\" (see inmaek " + o.command + " --help)");
    } else if (a == "-o") {
      o.output = value();
    } else if (a == "--formats") {
      o.graphml = o.dot = o.jsonld = false;
      std::stringstream ss(value());
      std::string f;
      while (std::getline(ss, f, ',')) {
        if (f == "graphml") o.graphml = true;
        else if (f == "dot") o.dot = true;
        else if (f == "jsonld" || f == "json-ld") o.jsonld = true;
        else throw UsageError("--formats: unknown format \"" + f + "\" (expected graphml, dot or jsonld)");
      }
      if (!o.graphml && !o.dot && !o.jsonld) throw UsageError("--formats: no format given");
    } else if (a == "--lexicon") {
      o.lexicons.push_back(value());
    } else if (a == "--no-default-lexicon") {
      o.default_lexicon = false;
    } else if (a == "--threads") {
      o.threads = static_cast<unsigned>(parse_count(a, value(), 1, 1024));
    } else if (a == "--min-confidence") {
      o.min_confidence = parse_number(a, value());
      if (o.min_confidence < 0 || o.min_confidence > 1) throw UsageError("--min-confidence: expected 0..1");
    } else if (a == "--lang") {
      const std::string l = value();
      if (l != "ko" && l != "en" && l != "auto") throw UsageError("--lang: expected ko, en or auto, got \"" + l + "\"");
      o.lang = l == "auto" ? "" : l;
    } else if (a == "--input-format") {
      const std::string f = value();
      auto fmt = parse_input_format(f);
      if (!fmt) throw UsageError("--input-format: expected auto, text, jsonl or html, got \"" + f + "\"");
      o.input_format = *fmt;
    } else if (a == "--strict") {
      o.strict = true;
    } else if (a == "--progress") {
      o.progress = 1;
    } else if (a == "--no-progress") {
      o.progress = 0;
    } else if (a == "--focus") {
      o.focus = value();
      if (o.focus.find_first_not_of(" \t") == std::string::npos) throw UsageError("--focus: empty name");
    } else if (a == "--depth") {
      o.depth = parse_count(a, value(), 0, 100);
    } else if (a == "--top") {
      o.top = parse_count(a, value(), 1, 100000);
    }
  }
  return o;
}

std::shared_ptr<spdlog::logger> make_logger(const Options& o, std::ostream& err) {
  auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(err, true);
  sink->set_pattern("inmaek: %^%l%$: %v");
  std::vector<spdlog::sink_ptr> sinks{sink};
  if (!o.log_file.empty()) {
    try {
      auto file = std::make_shared<spdlog::sinks::basic_file_sink_mt>(o.log_file);
      file->set_pattern("%Y-%m-%d %H:%M:%S.%e %l %v");
      file->set_level(spdlog::level::debug);
      sinks.push_back(file);
    } catch (const spdlog::spdlog_ex& e) {
      throw IoError(o.log_file + ": cannot open log file (" + e.what() + ")");
    }
  }
  auto log = std::make_shared<spdlog::logger>("inmaek", sinks.begin(), sinks.end());
  sink->set_level(o.quiet ? spdlog::level::err : o.verbose ? spdlog::level::debug : spdlog::level::info);
  log->set_level(spdlog::level::debug);
  log->flush_on(spdlog::level::debug);
  return log;
}

std::shared_ptr<const extract::Lexicon> load_lexicon(const Options& o) {
  extract::LexiconBuilder b;
  if (o.default_lexicon) b.add_tsv(extract::default_lexicon_tsv(), "lexicon.tsv (built in)");
  for (const std::string& path : o.lexicons) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw IoError(path + ": cannot read lexicon");
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    b.add_tsv(content, path);
  }
  return b.freeze();
}

Gathered gather(const Options& o, const std::vector<std::string>& inputs, std::istream& in, std::ostream& err,
                std::shared_ptr<const extract::Lexicon> lexicon, const std::set<std::string>& known,
                spdlog::logger& log, const ExtractionSink& sink) {
  Gathered out;
  const std::vector<std::string> files = expand_inputs(inputs, out.problems);
  std::size_t total_bytes = 0;
  for (const std::string& f : files) {
    std::error_code ec;
    if (f != "-") total_bytes += fs::is_regular_file(f, ec) ? fs::file_size(f, ec) : 0;
  }
  const bool draw = o.progress == 1 || (o.progress == -1 && !o.quiet && &err == &std::cerr && stderr_is_terminal());
  Progress progress(err, draw, files.size(), total_bytes);

  std::size_t logged = 0;
  auto log_new_problems = [&] {
    for (; logged < out.problems.size(); ++logged) {
      const Problem& p = out.problems[logged];
      progress.around([&] {
        if (p.skipped) log.warn("{}: {}: {}; skipped", p.where, p.reason, p.detail);
        else if (p.reason == "transcoded from CP949") log.info("{}: {}", p.where, p.detail);
        else log.warn("{}: {}: {}", p.where, p.reason, p.detail);
      });
    }
  };
  log_new_problems();

  const extract::Extractor extractor(lexicon, {o.min_confidence});
  const unsigned threads = o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency());
  std::mutex mu;
  std::condition_variable not_full, not_empty;
  std::deque<extract::Document> queue;
  bool done = false;
  const std::size_t capacity = 4 * threads;
  auto store = [&](extract::DocExtraction&& x) { sink(std::move(x)); };
  std::exception_ptr failed;  // the first error of a worker (the sink may throw IoError)
  auto worker = [&] {
    for (;;) {
      extract::Document d;
      {
        std::unique_lock lock(mu);
        not_empty.wait(lock, [&] { return done || !queue.empty(); });
        if (queue.empty()) return;
        d = std::move(queue.front());
        queue.pop_front();
      }
      not_full.notify_one();
      try {
        {
          std::lock_guard lock(mu);
          if (failed) continue;  // drain the queue; the reader rethrows
        }
        store(extractor.extract(d));
        progress.add_document();
      } catch (...) {
        std::lock_guard lock(mu);
        if (!failed) failed = std::current_exception();
      }
    }
  };
  std::vector<std::thread> pool;
  if (threads > 1)
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);

  std::set<std::string> seen = known;
  ReadOptions ropt;
  ropt.format = o.input_format;
  ropt.lang = o.lang;
  try {
    for (const std::string& f : files) {
      std::size_t reported = 0;
      out.bytes += read_input(f, in, ropt, out.problems, [&](extract::Document&& d, std::size_t bytes_done) {
        progress.add_bytes(bytes_done - reported);
        reported = bytes_done;
        log_new_problems();
        if (!seen.insert(d.id).second) {
          ++out.duplicates;
          out.duplicate_sources.emplace_back(d.id, d.source);
          log.debug("{}: already in the graph (document {})", d.source, d.id);
          return;
        }
        ++out.documents;
        if (threads <= 1) {
          store(extractor.extract(d));
          progress.add_document();
          return;
        }
        std::unique_lock lock(mu);
        not_full.wait(lock, [&] { return queue.size() < capacity; });
        if (failed) std::rethrow_exception(failed);
        queue.push_back(std::move(d));
        lock.unlock();
        not_empty.notify_one();
      });
      std::error_code ec;
      if (f != "-" && fs::is_regular_file(f, ec)) {
        const auto size = fs::file_size(f, ec);
        if (!ec && size > reported) progress.add_bytes(size - reported);
      }
      progress.add_file();
      log_new_problems();
    }
  } catch (...) {
    {
      std::lock_guard lock(mu);
      done = true;
      queue.clear();
    }
    not_empty.notify_all();
    for (auto& t : pool) t.join();
    throw;
  }
  {
    std::lock_guard lock(mu);
    done = true;
  }
  not_empty.notify_all();
  for (auto& t : pool) t.join();
  if (failed) std::rethrow_exception(failed);
  progress.finish();
  return out;
}

KnowledgeGraph focus_graph(const Options& o, KnowledgeGraph g) {
  if (o.focus.empty()) return g;
  const std::vector<std::string> ids = find_entities_by_name(g, o.focus);
  if (ids.empty()) throw UsageError("--focus: no entity named \"" + o.focus + "\" (name or alias, any case)");
  return ego_network(g, ids, o.depth);
}

void write_graph_dir(const Options& o, const std::string& dir, const KnowledgeGraph& g, StateRun& state) {
  const fs::path d(dir);
  std::vector<std::function<void()>> writes;
  if (o.graphml)
    writes.emplace_back([&] {
      write_atomically((d / "graph.graphml").string(), [&](std::ostream& s) { exporters::write_graphml(g, s); });
    });
  if (o.dot)
    writes.emplace_back([&] { write_atomically((d / "graph.dot").string(), [&](std::ostream& s) { exporters::write_dot(g, s); }); });
  if (o.jsonld)
    writes.emplace_back([&] {
      // (the longest of the three: its statements are formatted on the build's threads too)
      exporters::JsonldOptions jsonld;
      jsonld.threads = o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency());
      write_atomically((d / "graph.jsonld").string(), [&](std::ostream& s) { exporters::write_jsonld(g, s, jsonld); });
    });
  // The graph files are independent: with more than one thread each gets its own; the first
  // error (in the order above) is rethrown after all have finished.
  if (o.threads == 1 || writes.size() < 2) {
    for (const auto& w : writes) w();
  } else {
    std::vector<std::exception_ptr> errors(writes.size());
    std::vector<std::thread> running;
    for (std::size_t i = 0; i < writes.size(); ++i)
      running.emplace_back([&, i] {
        try {
          writes[i]();
        } catch (...) {
          errors[i] = std::current_exception();
        }
      });
    for (auto& t : running) t.join();
    for (const auto& e : errors)
      if (e) std::rethrow_exception(e);
  }
  write_atomically((d / kStateFile).string(), [&](std::ostream& s) { state.write(s); });
}

ProblemCounts count_problems(const std::vector<Problem>& problems) {
  ProblemCounts c;
  for (const Problem& p : problems) {
    if (p.skipped) {
      ++c.skipped;
      ++c.skipped_by_reason[p.reason];
    } else {
      ++c.noted_by_reason[p.reason];
    }
  }
  return c;
}

std::string ProblemCounts::describe() const {
  auto list = [](const std::map<std::string, std::size_t>& m) {
    std::string s;
    for (const auto& [r, n] : m) s += (s.empty() ? " (" : ", ") + r + ": " + std::to_string(n);
    return s.empty() ? s : s + ")";
  };
  std::string s = "skipped " + std::to_string(skipped) + " inputs" + list(skipped_by_reason);
  std::size_t noted = 0;
  for (const auto& [r, n] : noted_by_reason) noted += n;
  if (noted) s += ", " + std::to_string(noted) + " read with notes" + list(noted_by_reason);
  return s;
}

}  // namespace inmaek::tools
