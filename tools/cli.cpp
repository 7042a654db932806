#include "tools/cli.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include "export/dot_writer.h"
#include "export/graphml_writer.h"
#include "export/jsonld_writer.h"
#include "extract/assemble.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "graph/error.h"
#include "tools/atomic_file.h"
#include "tools/inputs.h"

#ifndef INMAEK_VERSION
#define INMAEK_VERSION "0.0.0"
#endif

namespace inmaek::tools {
namespace fs = std::filesystem;

namespace {

constexpr const char* kUsage = R"(inmaek - build a knowledge graph of the AI industry from news articles

usage:
  inmaek build INPUT... -o DIR [options]   read articles, write DIR/graph.{graphml,dot,jsonld}
  inmaek --help | --version

INPUT is a file or a directory (searched recursively for *.txt and *.md).

build options:
  -o, --output DIR        output directory (created if missing; required)
  --formats LIST          comma-separated subset of graphml,dot,jsonld (default: all three)
  --lexicon FILE          add entries from a lexicon TSV (canonical, type, wikidata, names);
                          may be repeated
  --no-default-lexicon    do not load the built-in lexicon
  --threads N             extraction threads (default: all cores)
  --min-confidence X      drop relations below this confidence (0..1, default 0)
  --lang ko|en|auto       language of the inputs (default: auto, detected per document)
  --strict                exit 1 if any input was skipped (the default already does)
  -q, --quiet             only errors on stderr
  -v, --verbose           debug messages on stderr
  --log-file FILE         also write the log to FILE

exit codes: 0 success, 1 finished but some inputs were skipped, 2 usage error, 3 I/O error.
)";

struct BuildOptions {
  std::vector<std::string> inputs;
  std::string output;
  bool graphml = true, dot = true, jsonld = true;
  std::vector<std::string> lexicons;
  bool default_lexicon = true;
  unsigned threads = 0;
  double min_confidence = 0;
  std::string lang;  // "ko", "en", or "" for detection per document
  bool quiet = false, verbose = false;
  std::string log_file;
};

double parse_double(const std::string& flag, const std::string& v) {
  try {
    std::size_t used = 0;
    double d = std::stod(v, &used);
    if (used != v.size()) throw std::invalid_argument(v);
    return d;
  } catch (const std::exception&) {
    throw UsageError(flag + ": expected a number, got \"" + v + "\"");
  }
}

BuildOptions parse_build(const Args& args) {
  BuildOptions o;
  bool formats_given = false;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&]() -> const std::string& {
      if (i + 1 >= args.size()) throw UsageError(a + ": missing value");
      return args[++i];
    };
    if (a == "-o" || a == "--output") {
      o.output = value();
    } else if (a == "--formats") {
      formats_given = true;
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
      double t = parse_double(a, value());
      if (t < 1 || t > 1024 || t != static_cast<unsigned>(t)) throw UsageError("--threads: expected 1..1024");
      o.threads = static_cast<unsigned>(t);
    } else if (a == "--min-confidence") {
      o.min_confidence = parse_double(a, value());
      if (o.min_confidence < 0 || o.min_confidence > 1) throw UsageError("--min-confidence: expected 0..1");
    } else if (a == "--lang") {
      const std::string l = value();
      if (l != "ko" && l != "en" && l != "auto") throw UsageError("--lang: expected ko, en or auto, got \"" + l + "\"");
      o.lang = l == "auto" ? "" : l;
    } else if (a == "--strict") {
      // skipped inputs already give exit code 1
    } else if (a == "-q" || a == "--quiet") {
      o.quiet = true;
    } else if (a == "-v" || a == "--verbose") {
      o.verbose = true;
    } else if (a == "--log-file") {
      o.log_file = value();
    } else if (a.size() > 1 && a[0] == '-') {
      throw UsageError("unknown option \"" + a + "\" (see inmaek --help)");
    } else {
      o.inputs.push_back(a);
    }
  }
  (void)formats_given;
  if (o.output.empty()) throw UsageError("build: -o DIR is required");
  if (o.inputs.empty()) throw UsageError("build: no INPUT given");
  return o;
}

std::shared_ptr<spdlog::logger> make_logger(const BuildOptions& o, std::ostream& err) {
  auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(err);
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
  return log;
}

std::shared_ptr<const extract::Lexicon> load_lexicon(const BuildOptions& o) {
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

int build(const Args& args, std::ostream& err) {
  const BuildOptions o = parse_build(args);
  auto log = make_logger(o, err);
  const auto started = std::chrono::steady_clock::now();
  ensure_writable_dir(o.output);  // before any work
  auto lexicon = load_lexicon(o);
  log->debug("lexicon: {} entries", lexicon->entries().size());

  std::vector<Problem> problems;
  const std::vector<std::string> files = expand_inputs(o.inputs, problems);
  const extract::Extractor extractor(lexicon, {o.min_confidence});

  const unsigned threads = o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::vector<extract::DocExtraction>> results(files.size());
  std::vector<std::vector<Problem>> file_problems(files.size());
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      for (extract::Document& d : read_documents(files[i], file_problems[i])) {
        if (!o.lang.empty()) d.lang = o.lang;
        results[i].push_back(extractor.extract(d));
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < std::min<std::size_t>(threads, files.size()); ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();

  std::vector<extract::DocExtraction> docs;
  for (std::size_t i = 0; i < files.size(); ++i) {
    problems.insert(problems.end(), file_problems[i].begin(), file_problems[i].end());
    for (auto& d : results[i]) docs.push_back(std::move(d));
  }
  const std::size_t ndocs = docs.size();
  KnowledgeGraph g = extract::assemble(std::move(docs), *lexicon);

  std::size_t skipped = 0;
  std::map<std::string, int> by_reason;
  for (const Problem& p : problems) {
    if (p.skipped) {
      ++skipped;
      ++by_reason[p.reason];
      log->warn("{}: {}: skipped", p.where, p.detail);
    } else {
      log->warn("{}: {}", p.where, p.detail);
    }
  }
  const fs::path dir(o.output);
  if (o.graphml) write_atomically((dir / "graph.graphml").string(), [&](std::ostream& s) { exporters::write_graphml(g, s); });
  if (o.dot) write_atomically((dir / "graph.dot").string(), [&](std::ostream& s) { exporters::write_dot(g, s); });
  if (o.jsonld) write_atomically((dir / "graph.jsonld").string(), [&](std::ostream& s) { exporters::write_jsonld(g, s); });

  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::string reasons;
  for (const auto& [r, n] : by_reason) reasons += (reasons.empty() ? " (" : ", ") + r + ": " + std::to_string(n);
  if (!reasons.empty()) reasons += ")";
  log->info("read {} documents, skipped {} inputs{}; {} entities, {} relations; {:.2f} s", ndocs, skipped, reasons,
            g.entity_count(), g.relation_count(), secs);
  return skipped ? kExitSkipped : kExitOk;
}

}  // namespace

int run(const Args& args, std::istream& in, std::ostream& out, std::ostream& err) {
  (void)in;
  try {
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
      (args.empty() ? err : out) << kUsage;
      return args.empty() ? kExitUsage : kExitOk;
    }
    if (args[0] == "--version") {
      out << "inmaek " << INMAEK_VERSION << "\n";
      return kExitOk;
    }
    if (args[0] == "build") {
      if (std::find(args.begin(), args.end(), "--help") != args.end() ||
          std::find(args.begin(), args.end(), "-h") != args.end()) {
        out << kUsage;
        return kExitOk;
      }
      return build(args, err);
    }
    throw UsageError("unknown command \"" + args[0] + "\" (see inmaek --help)");
  } catch (const UsageError& e) {
    err << "inmaek: " << e.what() << "\n";
    return kExitUsage;
  } catch (const ParseError& e) {
    err << "inmaek: " << e.what() << "\n";
    return kExitUsage;
  } catch (const IoError& e) {
    err << "inmaek: " << e.what() << "\n";
    return kExitIo;
  } catch (const Error& e) {
    err << "inmaek: " << e.what() << "\n";
    return kExitIo;
  } catch (const std::exception& e) {
    err << "inmaek: internal error: " << e.what() << "\n";
    return kExitIo;
  }
}

}  // namespace inmaek::tools
