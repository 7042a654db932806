// inmaek_bench: end-to-end and per-stage benchmark of `inmaek build`, with peers run side by
// side on the same input (issue 5). See docs/benchmark.md; scripts/bench.sh is the usual way in.
//
//   inmaek_bench --work DIR [--sizes 10000,100000] [--threads 1,2] [--seed 1] [--json FILE]
//                [--inmaek PATH] [--gen PATH] [--python PATH] [--peers PATH] [--peer-timeout S]
//                [--peer-max-size N] [--focus ID] [--depth K] [--no-e2e] [--no-inproc]
//
// For each size N: generates DIR/corpus-N with inmaek_corpus_gen (kept, reused when complete),
// runs `LC_ALL=C grep -F -c -f NAMES -r` with the lexicon's names, `inmaek build --threads T`
// for each T (wall time, CPU, peak RSS of the child, outputs compared byte for byte), then the
// stages in this process (read, clean = normalize + boilerplate + sentences, extraction on the
// thread pool, assemble, each writer), a focus neighbourhood rendered with sfdp, and the python
// peers (networkx, igraph, rdflib) on the graph just written. Results go to --json and a table
// on stdout.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <rapidjson/document.h>
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include "export/dot_writer.h"
#include "export/graphml_writer.h"
#include "export/jsonld_writer.h"
#include "extract/assemble.h"
#include "extract/boilerplate.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract/sentences.h"
#include "extract/text.h"
#include "graph/knowledge_graph.h"
#include "tools/inputs.h"

#ifndef INMAEK_BENCH_SOURCE_DIR
#define INMAEK_BENCH_SOURCE_DIR "."
#endif

namespace fs = std::filesystem;

namespace inmaek::bench {
namespace {

using Clock = std::chrono::steady_clock;
double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// ---- JSON results: a flat tree of named numbers and strings ---------------------------------

using Json = rapidjson::Document;
using Value = rapidjson::Value;

struct Results {
  Json doc;
  Results() { doc.SetObject(); }
  Value& obj(Value& parent, const char* key) {
    if (!parent.HasMember(key)) parent.AddMember(Value(key, doc.GetAllocator()), Value(rapidjson::kObjectType), doc.GetAllocator());
    return parent[key];
  }
  void set(Value& o, const std::string& key, double v) {
    Value k(key.c_str(), doc.GetAllocator());
    if (o.HasMember(k)) o[k] = std::isfinite(v) ? v : 0.0;
    else o.AddMember(k, Value(std::isfinite(v) ? v : 0.0), doc.GetAllocator());
  }
  void set(Value& o, const std::string& key, const std::string& v) {
    Value k(key.c_str(), doc.GetAllocator());
    Value s(v.c_str(), doc.GetAllocator());
    if (o.HasMember(k)) o[k] = s;
    else o.AddMember(k, s, doc.GetAllocator());
  }
};

// ---- child processes --------------------------------------------------------------------------

struct RunResult {
  int status = -1;         // exit code, or -1 when killed / not run
  bool timed_out = false;
  double wall = 0, user = 0, sys = 0;
  long max_rss_kb = 0;
};

// Runs argv (with extra environment entries), stdout to `out_path` ("" = inherit), stderr
// inherited, killing it after `timeout` seconds (0 = none).
RunResult run(const std::vector<std::string>& argv, const std::string& out_path = "",
              const std::vector<std::string>& env = {}, double timeout = 0) {
  RunResult r;
  const auto t0 = Clock::now();
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    setpgid(0, 0);
    for (const std::string& e : env) putenv(const_cast<char*>(e.c_str()));
    if (!out_path.empty()) {
      int fd = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (fd >= 0) dup2(fd, 1);
    }
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execvp(args[0], args.data());
    std::perror(args[0]);
    _exit(127);
  }
  int status = 0;
  rusage ru{};
  for (;;) {
    pid_t w = wait4(pid, &status, timeout > 0 ? WNOHANG : 0, &ru);
    if (w == pid) break;
    if (timeout > 0 && since(t0) > timeout && !r.timed_out) {
      r.timed_out = true;
      kill(-pid, SIGKILL);
    }
    usleep(20000);
  }
  r.wall = since(t0);
  r.user = static_cast<double>(ru.ru_utime.tv_sec) + ru.ru_utime.tv_usec / 1e6;
  r.sys = static_cast<double>(ru.ru_stime.tv_sec) + ru.ru_stime.tv_usec / 1e6;
  r.max_rss_kb = ru.ru_maxrss;
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

bool same_file(const fs::path& a, const fs::path& b) {
  return fs::exists(a) && fs::exists(b) && fs::file_size(a) == fs::file_size(b) && read_file(a) == read_file(b);
}

std::string first_line(const std::string& path, const std::string& prefix) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line))
    if (line.rfind(prefix, 0) == 0) return line.substr(prefix.size());
  return "";
}

std::string trim(std::string s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  std::size_t b = 0;
  while (b < s.size() && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  return s.substr(b);
}

// ---- options --------------------------------------------------------------------------------

struct Options {
  fs::path work = "bench-data";
  std::vector<std::size_t> sizes{10000, 100000};
  std::vector<unsigned> threads{1, 2};
  std::uint64_t seed = 1;
  std::string json = "bench-results.json";
  std::string inmaek, gen, python = "/usr/bin/python3", peers;
  double peer_timeout = 900;
  std::size_t peer_max_size = 10000;   // python peers only up to this corpus size (rdflib: minutes)
  std::size_t inproc_max_size = 100000;  // in-process stages only up to this corpus size
  std::string focus;                     // empty: the busiest entity with a readable neighbourhood
  std::size_t focus_max_nodes = 300;     // "readable": at most this many nodes
  std::size_t focus_max_edges = 3000;    // and this many edges (sfdp's time grows with edges)
  int depth = 1;
  bool e2e = true, inproc = true;
};

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string x;
  while (std::getline(ss, x, sep))
    if (!x.empty()) out.push_back(x);
  return out;
}

std::size_t parse_size(std::string s) {
  double mult = 1;
  if (!s.empty() && (s.back() == 'k' || s.back() == 'K')) mult = 1e3, s.pop_back();
  else if (!s.empty() && (s.back() == 'm' || s.back() == 'M')) mult = 1e6, s.pop_back();
  return static_cast<std::size_t>(std::stod(s) * mult);
}

Options parse(int argc, char** argv) {
  Options o;
  const fs::path self_dir = fs::absolute(fs::path(argv[0])).parent_path();
  o.gen = (self_dir / "inmaek_corpus_gen").string();
  o.inmaek = (self_dir.parent_path() / "inmaek").string();
  o.peers = std::string(INMAEK_BENCH_SOURCE_DIR) + "/peers.py";
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::runtime_error(a + ": missing value");
      return argv[++i];
    };
    if (a == "--work") o.work = value();
    else if (a == "--sizes") {
      o.sizes.clear();
      for (const std::string& s : split(value(), ',')) o.sizes.push_back(parse_size(s));
    } else if (a == "--threads") {
      o.threads.clear();
      for (const std::string& s : split(value(), ',')) o.threads.push_back(static_cast<unsigned>(std::stoul(s)));
    } else if (a == "--seed") o.seed = std::stoull(value());
    else if (a == "--json") o.json = value();
    else if (a == "--inmaek") o.inmaek = value();
    else if (a == "--gen") o.gen = value();
    else if (a == "--python") o.python = value();
    else if (a == "--peers") o.peers = value();
    else if (a == "--peer-timeout") o.peer_timeout = std::stod(value());
    else if (a == "--peer-max-size") o.peer_max_size = parse_size(value());
    else if (a == "--focus") o.focus = value();
    else if (a == "--inproc-max-size") o.inproc_max_size = parse_size(value());
    else if (a == "--focus-max-nodes") o.focus_max_nodes = parse_size(value());
    else if (a == "--focus-max-edges") o.focus_max_edges = parse_size(value());
    else if (a == "--depth") o.depth = std::stoi(value());
    else if (a == "--no-e2e") o.e2e = false;
    else if (a == "--no-inproc") o.inproc = false;
    else if (a == "--help" || a == "-h") {
      std::cout << "usage: inmaek_bench --work DIR [--sizes 10k,100k] [--threads 1,2] [--json FILE] ...\n"
                   "(see the comment at the top of tools/bench/bench.cpp and docs/benchmark.md)\n";
      std::exit(0);
    } else throw std::runtime_error("unknown option \"" + a + "\"");
  }
  if (o.threads.empty() || o.sizes.empty()) throw std::runtime_error("--sizes and --threads need values");
  return o;
}

std::string label(std::size_t n) {
  if (n % 1000000 == 0) return std::to_string(n / 1000000) + "M";
  if (n % 1000 == 0) return std::to_string(n / 1000) + "k";
  return std::to_string(n);
}

// ---- the pieces -----------------------------------------------------------------------------

// The lexicon's names, one per line, as written (and without spaces, as the matcher also tries).
fs::path write_names(const fs::path& dir) {
  extract::LexiconBuilder b;
  b.add_tsv(extract::default_lexicon_tsv(), "lexicon.tsv (built in)");
  auto lex = b.freeze();
  std::set<std::string> names;
  for (const auto& e : lex->entries())
    for (const Alias& a : e.names) {
      names.insert(a.text);
      std::string joined;
      for (char c : a.text)
        if (c != ' ') joined += c;
      names.insert(joined);
    }
  const fs::path p = dir / "names.txt";
  std::ofstream out(p, std::ios::binary);
  for (const std::string& n : names) out << n << "\n";
  return p;
}

struct Corpus {
  fs::path dir;
  std::size_t articles = 0;
  double bytes = 0;
  double gen_seconds = -1;  // -1: reused
};

Corpus ensure_corpus(const Options& o, std::size_t n) {
  Corpus c;
  c.dir = o.work / ("corpus-" + label(n) + "-s" + std::to_string(o.seed));
  c.articles = n;
  std::string done = read_file(c.dir / ".complete");
  if (done.empty() || std::stoull(done) != n) {
    std::cerr << "inmaek_bench: generating " << n << " articles in " << c.dir << "\n";
    RunResult r = run({o.gen, "--articles", std::to_string(n), "--out", c.dir.string(), "--seed", std::to_string(o.seed)});
    if (r.status != 0) throw std::runtime_error("corpus generator failed");
    c.gen_seconds = r.wall;
    done = read_file(c.dir / ".complete");
  }
  c.bytes = std::stod(done.substr(done.find(' ') + 1));
  return c;
}

using Adjacency = std::vector<std::vector<KnowledgeGraph::Vertex>>;

// Each vertex's neighbours, both directions (with repeats).
Adjacency neighbours_of(const KnowledgeGraph& g) {
  std::vector<std::vector<KnowledgeGraph::Vertex>> out(g.entity_count());
  for (const auto& e : g.edges()) {
    out[e.source].push_back(e.target);
    out[e.target].push_back(e.source);
  }
  return out;
}

// A neighbourhood of `focus` (entity id) up to `depth` hops, both directions.
std::set<KnowledgeGraph::Vertex> ego_nodes(const Adjacency& adjacent, KnowledgeGraph::Vertex start, int depth,
                                           std::size_t limit) {
  std::set<KnowledgeGraph::Vertex> seen{start};
  std::vector<KnowledgeGraph::Vertex> frontier{start};
  for (int d = 0; d < depth; ++d) {
    std::vector<KnowledgeGraph::Vertex> next;
    for (auto v : frontier)
      for (auto w : adjacent[v])
        if (seen.insert(w).second) next.push_back(w);
    frontier = std::move(next);
    if (seen.size() > limit) break;
  }
  return seen;
}

KnowledgeGraph ego(const KnowledgeGraph& g, const std::set<KnowledgeGraph::Vertex>& seen) {
  KnowledgeGraph out;
  for (auto v : seen) out.add_entity(g.entity(v));
  g.for_each_relation([&](const Relation& r) {
    if (seen.count(*g.vertex(r.subject)) && seen.count(*g.vertex(r.object))) out.add_relation(r);
  });
  return out;
}

// Edges with both ends in `nodes` (each edge is in the lists of both its ends).
std::size_t edges_within(const Adjacency& adjacent, const std::set<KnowledgeGraph::Vertex>& nodes) {
  std::size_t n = 0;
  for (auto v : nodes)
    for (auto w : adjacent[v]) n += nodes.count(w);
  return n / 2;
}

// The busiest entity whose neighbourhood (depth hops) has at most max_nodes nodes and
// max_edges edges.
std::string readable_focus(const KnowledgeGraph& g, int depth, std::size_t max_nodes, std::size_t max_edges) {
  std::vector<std::size_t> degree(g.entity_count(), 0);
  for (const auto& e : g.edges()) ++degree[e.source], ++degree[e.target];
  std::vector<std::pair<std::size_t, KnowledgeGraph::Vertex>> by_degree;
  for (KnowledgeGraph::Vertex v = 0; v < degree.size(); ++v) by_degree.emplace_back(degree[v], v);
  std::sort(by_degree.begin(), by_degree.end(), [&](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : g.entity(a.second).id < g.entity(b.second).id;
  });
  const Adjacency adjacent = neighbours_of(g);
  for (const auto& [d, v] : by_degree)
    if (d < max_nodes) {
      const auto nodes = ego_nodes(adjacent, v, depth, max_nodes);
      if (nodes.size() <= max_nodes && edges_within(adjacent, nodes) <= max_edges) return g.entity(v).id;
    }
  return by_degree.empty() ? "" : g.entity(by_degree.back().second).id;
}

template <class F>
double best_of(int n, F&& f) {
  double best = 1e300;
  for (int i = 0; i < n; ++i) {
    const auto t = Clock::now();
    f();
    best = std::min(best, since(t));
  }
  return best;
}

void bench_size(const Options& o, std::size_t n, const fs::path& names, Results& res, Value& size_obj) {
  const Corpus c = ensure_corpus(o, n);
  const double mb = c.bytes / 1e6;
  Value& corpus = res.obj(size_obj, "corpus");
  res.set(corpus, "articles", static_cast<double>(c.articles));
  res.set(corpus, "bytes", c.bytes);
  res.set(corpus, "dir", c.dir.string());
  if (c.gen_seconds >= 0) res.set(corpus, "generate_s", c.gen_seconds);

  // grep: the cost of merely finding names. The first run also warms the page cache.
  {
    std::cerr << "inmaek_bench: " << label(n) << ": grep -F -f names\n";
    double best = 1e300, cpu = 0;
    for (int i = 0; i < 2; ++i) {
      RunResult r = run({"grep", "-F", "-c", "-f", names.string(), "-r", c.dir.string()}, "/dev/null", {"LC_ALL=C"});
      if (r.wall < best) best = r.wall, cpu = r.user + r.sys;
    }
    Value& g = res.obj(size_obj, "grep");
    res.set(g, "wall_s", best);
    res.set(g, "cpu_s", cpu);
    res.set(g, "mb_per_s", mb / best);
    res.set(g, "articles_per_s", static_cast<double>(n) / best);
  }

  // End to end: the real tool, once per thread count.
  const fs::path out_root = o.work / ("out-" + label(n));
  if (o.e2e) {
    Value& e2e = res.obj(size_obj, "build");
    fs::path first;
    for (unsigned t : o.threads) {
      const fs::path out = out_root / ("threads-" + std::to_string(t));
      fs::create_directories(out);
      std::cerr << "inmaek_bench: " << label(n) << ": inmaek build --threads " << t << "\n";
      const fs::path log = out / "build.log";
      RunResult r = run({o.inmaek, "build", c.dir.string(), "-o", out.string(), "--threads", std::to_string(t),
                         "--log-file", log.string(), "-q"});
      const std::string key = "threads_" + std::to_string(t);
      Value& tv = res.obj(e2e, key.c_str());
      res.set(tv, "exit", r.status);
      res.set(tv, "wall_s", r.wall);
      res.set(tv, "user_s", r.user);
      res.set(tv, "sys_s", r.sys);
      res.set(tv, "peak_rss_mb", static_cast<double>(r.max_rss_kb) / 1024.0);
      res.set(tv, "mb_per_s", mb / r.wall);
      res.set(tv, "articles_per_s", static_cast<double>(n) / r.wall);
      res.set(tv, "us_per_article", r.wall * 1e6 / static_cast<double>(n));
      std::string summary;
      {
        std::ifstream in(log);
        std::string line;
        while (std::getline(in, line))
          if (line.find("documents") != std::string::npos) summary = line.substr(line.find("read "));
      }
      res.set(tv, "summary", summary);
      if (first.empty()) {
        first = out;
      } else {
        bool same = true;
        for (const char* f : {"graph.graphml", "graph.dot", "graph.jsonld"}) same = same && same_file(first / f, out / f);
        res.set(tv, "identical_to_first", same ? "yes" : "NO");
      }
    }
  }

  if (!o.inproc || n > o.inproc_max_size) return;
  // Stages in this process, on the thread pool the tool uses.
  Value& st = res.obj(size_obj, "stages");
  std::vector<tools::Problem> problems;
  const std::vector<std::string> files = tools::expand_inputs({c.dir.string()}, problems);
  {
    std::cerr << "inmaek_bench: " << label(n) << ": read + clean\n";
    double read_s = 0, clean_s = 0, bytes = 0;
    std::size_t sentences = 0;
    for (const std::string& f : files) {
      auto t0 = Clock::now();
      std::vector<extract::Document> docs = tools::read_documents(f, problems);
      read_s += since(t0);
      t0 = Clock::now();
      for (extract::Document& d : docs) {
        bytes += static_cast<double>(d.text.size());
        const extract::Text text = extract::normalize(std::move(d.text));
        for (extract::Span p : extract::body_paragraphs(text)) sentences += extract::split_sentences(text, p).size();
      }
      clean_s += since(t0);
    }
    Value& r = res.obj(st, "read");
    res.set(r, "seconds", read_s);
    res.set(r, "mb_per_s", bytes / 1e6 / read_s);
    Value& cl = res.obj(st, "clean");
    res.set(cl, "seconds", clean_s);
    res.set(cl, "mb_per_s", bytes / 1e6 / clean_s);
    res.set(cl, "sentences", static_cast<double>(sentences));
  }

  extract::LexiconBuilder b;
  b.add_tsv(extract::default_lexicon_tsv(), "lexicon.tsv (built in)");
  auto lexicon = b.freeze();
  const extract::Extractor extractor(lexicon);
  const unsigned threads = *std::max_element(o.threads.begin(), o.threads.end());
  std::vector<std::vector<extract::DocExtraction>> results(files.size());
  {
    std::cerr << "inmaek_bench: " << label(n) << ": extraction, " << threads << " threads\n";
    std::atomic<std::size_t> next{0};
    std::vector<std::vector<tools::Problem>> file_problems(files.size());
    auto worker = [&] {
      for (std::size_t i = next++; i < files.size(); i = next++)
        for (extract::Document& d : tools::read_documents(files[i], file_problems[i]))
          results[i].push_back(extractor.extract(d));
    };
    const auto t0 = Clock::now();
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();
    const double s = since(t0);
    Value& e = res.obj(st, "extract");
    res.set(e, "threads", threads);
    res.set(e, "seconds", s);
    res.set(e, "mb_per_s", mb / s);
    res.set(e, "articles_per_s", static_cast<double>(n) / s);
  }
  std::vector<extract::DocExtraction> docs;
  std::size_t local_relations = 0;
  for (auto& r : results)
    for (auto& d : r) {
      local_relations += d.relations.size();
      docs.push_back(std::move(d));
    }
  results.clear();
  results.shrink_to_fit();

  std::cerr << "inmaek_bench: " << label(n) << ": assemble\n";
  auto t0 = Clock::now();
  const KnowledgeGraph g = extract::assemble(std::move(docs), *lexicon);
  const double assemble_s = since(t0);
  const std::size_t evidence = g.evidence_count();
  {
    Value& a = res.obj(st, "assemble");
    res.set(a, "seconds", assemble_s);
    res.set(a, "local_relations", static_cast<double>(local_relations));
    Value& gr = res.obj(size_obj, "graph");
    res.set(gr, "entities", static_cast<double>(g.entity_count()));
    res.set(gr, "relations", static_cast<double>(g.relation_count()));
    res.set(gr, "evidence", static_cast<double>(evidence));
  }

  // Writers: best of three, each to a file (as the tool writes them).
  const fs::path inproc = out_root / "inproc";
  fs::create_directories(inproc);
  struct W {
    const char* name;
    const char* file;
    std::function<void(std::ostream&)> write;
  };
  const W writers[] = {
      {"graphml", "graph.graphml", [&](std::ostream& s) { exporters::write_graphml(g, s); }},
      {"dot", "graph.dot", [&](std::ostream& s) { exporters::write_dot(g, s); }},
      {"jsonld", "graph.jsonld", [&](std::ostream& s) { exporters::write_jsonld(g, s); }},
  };
  std::map<std::string, double> our_seconds;
  for (const W& w : writers) {
    std::cerr << "inmaek_bench: " << label(n) << ": write " << w.name << "\n";
    const fs::path p = inproc / w.file;
    const double s = best_of(3, [&] {
      std::ofstream out(p, std::ios::binary);
      w.write(out);
    });
    our_seconds[w.name] = s;
    const double size = static_cast<double>(fs::file_size(p));
    Value& wv = res.obj(res.obj(st, "write"), w.name);
    res.set(wv, "seconds", s);
    res.set(wv, "bytes", size);
    res.set(wv, "mb_per_s", size / 1e6 / s);
    res.set(wv, "edges_per_s", static_cast<double>(g.relation_count()) / s);
  }
  {
    std::string layout = first_line((inproc / "graph.dot").string(), "  graph [layout=");
    res.set(res.obj(st, "write"), "dot_layout", layout.substr(0, layout.find(',')));
  }

  // A focus neighbourhood, as `--focus NAME --depth K` would write it, rendered with sfdp.
  {
    std::string focus = o.focus;
    if (!g.vertex(focus)) focus = readable_focus(g, o.depth, o.focus_max_nodes, o.focus_max_edges);
    const KnowledgeGraph sub = g.vertex(focus) ? ego(g, ego_nodes(neighbours_of(g), *g.vertex(focus), o.depth, SIZE_MAX))
                                               : KnowledgeGraph();
    const fs::path p = inproc / "focus.dot";
    {
      std::ofstream out(p, std::ios::binary);
      exporters::write_dot(sub, out);
    }
    std::cerr << "inmaek_bench: " << label(n) << ": sfdp on the neighbourhood of " << focus << "\n";
    RunResult r = run({"sfdp", "-Tsvg", p.string(), "-o", (inproc / "focus.svg").string()}, "", {}, 120);
    Value& f = res.obj(size_obj, "focus");
    res.set(f, "focus", focus);
    res.set(f, "depth", o.depth);
    res.set(f, "nodes", static_cast<double>(sub.entity_count()));
    res.set(f, "edges", static_cast<double>(sub.relation_count()));
    res.set(f, "sfdp_s", r.timed_out ? -1.0 : r.wall);
    res.set(f, "sfdp_exit", r.status);
  }

  // Python peers on the same graph.
  Value& peers = res.obj(size_obj, "peers");
  if (n > o.peer_max_size) {
    res.set(peers, "skipped", "corpus above --peer-max-size");
    return;
  }
  const fs::path peer_json = inproc / "peers.json";
  fs::remove(peer_json);
  std::cerr << "inmaek_bench: " << label(n) << ": python peers\n";
  RunResult r = run({o.python, o.peers, "--graphml", (inproc / "graph.graphml").string(), "--jsonld",
                     (inproc / "graph.jsonld").string(), "--out-dir", inproc.string(), "--json", peer_json.string(),
                     "--timeout", std::to_string(static_cast<int>(o.peer_timeout))},
                    "", {}, o.peer_timeout * 5);
  Json pj;
  const std::string text = read_file(peer_json);
  if (r.status != 0 || text.empty() || pj.Parse(text.c_str()).HasParseError() || !pj.IsObject()) {
    res.set(peers, "error", "peers.py failed (exit " + std::to_string(r.status) + ")");
    return;
  }
  const std::map<std::string, std::string> ours_for = {{"networkx_graphml", "graphml"}, {"igraph_graphml", "graphml"},
                                                       {"rdflib_jsonld", "jsonld"},     {"networkx_pydot_dot", "dot"},
                                                       {"networkx_agraph_dot", "dot"}};
  for (auto it = pj.MemberBegin(); it != pj.MemberEnd(); ++it) {
    const std::string name = it->name.GetString();
    Value& pv = res.obj(peers, name.c_str());
    if (it->value.HasMember("seconds") && it->value["seconds"].IsNumber()) {
      const double s = it->value["seconds"].GetDouble();
      res.set(pv, "seconds", s);
      if (ours_for.count(name)) res.set(pv, "ours_speedup", s / our_seconds[ours_for.at(name)]);
    }
    if (it->value.HasMember("na") && it->value["na"].IsString()) res.set(pv, "na", it->value["na"].GetString());
    if (it->value.HasMember("load_seconds") && it->value["load_seconds"].IsNumber())
      res.set(pv, "load_seconds", it->value["load_seconds"].GetDouble());
    if (it->value.HasMember("failed_attempts") && it->value["failed_attempts"].IsNumber())
      res.set(pv, "failed_attempts", it->value["failed_attempts"].GetDouble());  // igraph, see peers.py
  }
}

// ---- machine and table ------------------------------------------------------------------------

std::string cpu_model() {
  std::string m = first_line("/proc/cpuinfo", "model name\t: ");
  return m.empty() ? "unknown" : m;
}

std::string loadavg() { return trim(read_file("/proc/loadavg")); }

double num(const Value& o, std::initializer_list<const char*> path, double missing = NAN) {
  const Value* v = &o;
  for (const char* k : path) {
    if (!v->IsObject() || !v->HasMember(k)) return missing;
    v = &(*v)[k];
  }
  return v->IsNumber() ? v->GetDouble() : missing;
}

std::string fmt(double v, int prec = 2) {
  if (std::isnan(v)) return "n/a";
  char b[64];
  if (prec < 0) std::snprintf(b, sizeof b, "%.3g", v);  // ratios: three significant digits
  else std::snprintf(b, sizeof b, "%.*f", prec, v);
  return b;
}

constexpr const char* kHeader =
    "| measure                                                    |            value | target    |      |\n"
    "|------------------------------------------------------------|-----------------:|-----------|------|\n";

void print_table(const Options& o, const Value& sizes, std::ostream& out, Results& res) {
  Value& checks = res.obj(res.doc, "targets");
  auto row = [&](const std::string& what, double value, const std::string& unit, const std::string& target, int verdict) {
    char b[256];
    std::snprintf(b, sizeof b, "| %-58s | %16s | %-9s | %-4s |\n", what.c_str(),
                  (fmt(value, unit == "x" ? -1 : 2) + unit).c_str(),
                  target.c_str(), verdict < 0 ? "" : verdict ? "ok" : "MISS");
    out << b;
    if (verdict >= 0) res.set(checks, what, verdict ? "ok" : "MISS");
  };
  const unsigned t_lo = *std::min_element(o.threads.begin(), o.threads.end());
  const unsigned t_hi = *std::max_element(o.threads.begin(), o.threads.end());
  const std::string lo = "threads_" + std::to_string(t_lo), hi = "threads_" + std::to_string(t_hi);
  for (auto it = sizes.MemberBegin(); it != sizes.MemberEnd(); ++it) {
    const Value& s = it->value;
    const std::string L = it->name.GetString();
    out << "\n" << L << " articles (" << fmt(num(s, {"corpus", "bytes"}) / 1e6, 1) << " MB)\n\n";
    out << kHeader;
    const double grep = num(s, {"grep", "mb_per_s"});
    row("grep -F -f NAMES", grep, " MB/s", "", -1);
    for (unsigned t : o.threads) {
      const std::string k = "threads_" + std::to_string(t);
      const double v = num(s, {"build", k.c_str(), "mb_per_s"});
      row("inmaek build, " + std::to_string(t) + " thread(s)", v, " MB/s", "", -1);
      row("  articles/s", num(s, {"build", k.c_str(), "articles_per_s"}), "", "", -1);
      row("  peak RSS", num(s, {"build", k.c_str(), "peak_rss_mb"}), " MB", "<= 4096", -1);
    }
    {
      const double r2 = num(s, {"build", hi.c_str(), "mb_per_s"}) / grep;
      const double r1 = num(s, {"build", lo.c_str(), "mb_per_s"}) / grep;
      const double sc = num(s, {"build", lo.c_str(), "wall_s"}) / num(s, {"build", hi.c_str(), "wall_s"});
      row("build " + std::to_string(t_hi) + " threads / grep", r2, "x", ">= 1.0", std::isnan(r2) ? -1 : r2 >= 1.0);
      row("build " + std::to_string(t_lo) + " thread / grep", r1, "x", ">= 0.5", std::isnan(r1) ? -1 : r1 >= 0.5);
      // The same per CPU second (user + sys): less sensitive to other load on the machine.
      const double cpu_b = num(s, {"build", lo.c_str(), "user_s"}) + num(s, {"build", lo.c_str(), "sys_s"});
      row("  per CPU second: build / grep", num(s, {"grep", "cpu_s"}) / cpu_b, "x", "", -1);
      if (t_hi != t_lo)
        row(std::to_string(t_hi) + " threads / " + std::to_string(t_lo) + " thread", sc, "x", ">= 1.8",
            std::isnan(sc) ? -1 : sc >= 1.8);
    }
    row("stage: read", num(s, {"stages", "read", "mb_per_s"}), " MB/s", "", -1);
    row("stage: clean (normalize+boilerplate+sentences)", num(s, {"stages", "clean", "mb_per_s"}), " MB/s", "", -1);
    row("stage: extract (read incl., " + std::to_string(t_hi) + " threads)", num(s, {"stages", "extract", "mb_per_s"}),
        " MB/s", "", -1);
    row("  articles/s", num(s, {"stages", "extract", "articles_per_s"}), "", "", -1);
    {
      const double r = num(s, {"stages", "extract", "mb_per_s"}) / grep;
      row("extract " + std::to_string(t_hi) + " threads / grep", r, "x", ">= 1.0", std::isnan(r) ? -1 : r >= 1.0);
    }
    row("stage: assemble", num(s, {"stages", "assemble", "seconds"}), " s", "", -1);
    row("graph: entities", num(s, {"graph", "entities"}), "", "", -1);
    row("graph: relations (edges)", num(s, {"graph", "relations"}), "", "", -1);
    row("graph: evidence records", num(s, {"graph", "evidence"}), "", "", -1);
    for (const char* w : {"graphml", "dot", "jsonld"}) {
      row(std::string("write ") + w, num(s, {"stages", "write", w, "edges_per_s"}) / 1e3, "k edges/s", "", -1);
      row(std::string("  ") + w + " MB/s", num(s, {"stages", "write", w, "mb_per_s"}), " MB/s", "", -1);
    }
    auto peer = [&](const char* name, const std::string& what, double target) {
      const double v = num(s, {"peers", name, "ours_speedup"});
      row(what, v, "x", target > 0 ? ">= " + fmt(target, 1) : "", std::isnan(v) || target <= 0 ? -1 : v >= target);
    };
    peer("networkx_graphml", "GraphML writer vs networkx", 10);
    peer("igraph_graphml", "GraphML writer vs igraph", 1.5);
    peer("rdflib_jsonld", "JSON-LD writer vs rdflib", 100);
    peer("networkx_pydot_dot", "DOT writer vs networkx (pydot)", 10);
    peer("networkx_agraph_dot", "DOT writer vs networkx (pygraphviz)", 10);
    const double sf = num(s, {"focus", "sfdp_s"});
    row("sfdp on focus neighbourhood (" + fmt(num(s, {"focus", "nodes"}), 0) + " nodes, " +
            fmt(num(s, {"focus", "edges"}), 0) + " edges)",
        sf, " s", "< 10", std::isnan(sf) ? -1 : (sf >= 0 && sf < 10));
    if (std::isnan(num(s, {"build", hi.c_str(), "peak_rss_mb"})) == false) {
      const double rss = num(s, {"build", hi.c_str(), "peak_rss_mb"}) * 1048576.0;
      row("peak RSS per edge", rss / num(s, {"graph", "relations"}), " B", "", -1);
      row("peak RSS per evidence record", rss / num(s, {"graph", "evidence"}), " B", "", -1);
    }
  }
  // Linearity: time per article at each larger size against 10k (or the smallest size).
  if (sizes.MemberCount() >= 2) {
    auto base = sizes.MemberBegin();
    for (auto it = sizes.MemberBegin(); it != sizes.MemberEnd(); ++it)
      if (std::string(it->name.GetString()) == "10k") base = it;
    out << "\n" << kHeader;
    for (auto it = sizes.MemberBegin(); it != sizes.MemberEnd(); ++it) {
      if (num(it->value, {"corpus", "articles"}) <= num(base->value, {"corpus", "articles"})) continue;
      for (const std::string& k : {lo, hi}) {
        const double r = num(it->value, {"build", k.c_str(), "us_per_article"}) /
                         num(base->value, {"build", k.c_str(), "us_per_article"});
        row(std::string("time/article ") + it->name.GetString() + " / " + base->name.GetString() + ", " +
                k.substr(k.find('_') + 1) + " thread(s)",
            r, "x", "<= 1.2", std::isnan(r) ? -1 : r <= 1.2);
      }
    }
  }
}

int run_bench(int argc, char** argv) {
  const Options o = parse(argc, argv);
  fs::create_directories(o.work);
  Results res;
  Value& machine = res.obj(res.doc, "machine");
  {
    std::time_t now = std::time(nullptr);
    char date[64];
    std::strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%S%z", std::localtime(&now));
    res.set(machine, "date", date);
    res.set(machine, "nproc", std::thread::hardware_concurrency());
    res.set(machine, "cpu", cpu_model());
    res.set(machine, "loadavg_start", loadavg());
    res.set(machine, "mem_total", first_line("/proc/meminfo", "MemTotal:"));
  }
  const fs::path names = write_names(o.work);
  Value& sizes = res.obj(res.doc, "sizes");
  auto save = [&] {  // after every size, so that a long run leaves its results behind
    std::ofstream out(o.json, std::ios::binary);
    rapidjson::OStreamWrapper w(out);
    rapidjson::PrettyWriter<rapidjson::OStreamWrapper> pw(w);
    pw.SetIndent(' ', 2);
    res.doc.Accept(pw);
    out << "\n";
  };
  for (std::size_t n : o.sizes) {
    Value& s = res.obj(sizes, label(n).c_str());
    bench_size(o, n, names, res, s);
    res.set(s, "loadavg_after", loadavg());
    save();
  }
  res.set(res.doc["machine"], "loadavg_end", loadavg());
  std::ostringstream table;
  table << "inmaek benchmark, " << res.doc["machine"]["date"].GetString() << ", " << cpu_model() << ", "
        << std::thread::hardware_concurrency() << " cores, load " << loadavg() << "\n";
  print_table(o, res.doc["sizes"], table, res);
  std::cout << table.str();
  res.set(res.doc, "table", table.str());
  save();
  std::cerr << "inmaek_bench: results in " << o.json << "\n";
  return 0;
}

}  // namespace
}  // namespace inmaek::bench

int main(int argc, char** argv) {
  try {
    return inmaek::bench::run_bench(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "inmaek_bench: " << e.what() << "\n";
    return 2;
  }
}
