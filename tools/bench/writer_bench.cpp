// inmaek_writer_bench DIR [--repeat N] [--only graphml,dot,jsonld] [--out OUTDIR] [--threads T]
//
// Times the writers alone (issue 5) on the graph of DIR's saved state (DIR/inmaek-state.jsonl,
// assembled in memory, as the benchmark's in-process stage holds it): best of N runs per writer,
// each to a file in OUTDIR (default: a temporary directory, removed). Used to profile a writer
// without re-extracting the corpus (`perf record inmaek_writer_bench DIR --only jsonld`).
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "export/dot_writer.h"
#include "export/graphml_writer.h"
#include "export/jsonld_writer.h"
#include "extract/assembler.h"
#include "extract/lexicon.h"
#include "graph/knowledge_graph.h"
#include "tools/state.h"

namespace fs = std::filesystem;
using namespace inmaek;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: inmaek_writer_bench DIR [--repeat N] [--only graphml,dot,jsonld] [--out OUTDIR] [--threads T]\n";
    return 2;
  }
  const fs::path dir = argv[1];
  int repeat = 3;
  unsigned threads = 1;
  std::string only = "graphml,dot,jsonld";
  fs::path out_dir;
  for (int i = 2; i + 1 < argc; i += 2) {
    const std::string a = argv[i], v = argv[i + 1];
    if (a == "--repeat") repeat = std::stoi(v);
    else if (a == "--only") only = v;
    else if (a == "--out") out_dir = v;
    else if (a == "--threads") threads = static_cast<unsigned>(std::stoul(v));
    else {
      std::cerr << "inmaek_writer_bench: unknown option " << a << "\n";
      return 2;
    }
  }
  const bool temporary = out_dir.empty();
  if (temporary) out_dir = fs::temp_directory_path() / ("inmaek-writer-bench-" + std::to_string(::getpid()));
  fs::create_directories(out_dir);

  extract::LexiconBuilder b;
  b.add_tsv(extract::default_lexicon_tsv(), "lexicon.tsv (built in)");
  const auto lexicon = b.freeze();
  const std::string state = (dir / "inmaek-state.jsonl").string();
  std::ifstream in(state, std::ios::binary);
  if (!in) {
    std::cerr << "inmaek_writer_bench: cannot read " << state << "\n";
    return 2;
  }
  extract::Assembler assembler(*lexicon);
  tools::scan_state(in, state, *lexicon,
                    [&](extract::DocExtraction&& d, std::uint64_t, std::size_t) { assembler.add(d); });
  const KnowledgeGraph g = assembler.finish(threads);
  std::cerr << "inmaek_writer_bench: " << g.entity_count() << " entities, " << g.relation_count() << " relations\n";

  struct W {
    std::string name, file;
    void (*write)(const KnowledgeGraph&, std::ostream&, unsigned);
  };
  const W writers[] = {
      {"graphml", "graph.graphml", [](const KnowledgeGraph& k, std::ostream& s, unsigned) { exporters::write_graphml(k, s); }},
      {"dot", "graph.dot", [](const KnowledgeGraph& k, std::ostream& s, unsigned) { exporters::write_dot(k, s); }},
      {"jsonld", "graph.jsonld",
       [](const KnowledgeGraph& k, std::ostream& s, unsigned t) {
         exporters::JsonldOptions o;
         o.threads = t;
         exporters::write_jsonld(k, s, o);
       }},
  };
  for (const W& w : writers) {
    if (("," + only + ",").find("," + w.name + ",") == std::string::npos) continue;
    double best = 1e300;
    for (int r = 0; r < repeat; ++r) {
      const auto t0 = std::chrono::steady_clock::now();
      {
        std::ofstream out(out_dir / w.file, std::ios::binary);
        w.write(g, out, threads);
      }
      best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    std::cout << w.name << " " << best << " s, " << fs::file_size(out_dir / w.file) / 1e6 << " MB\n";
  }
  if (temporary) fs::remove_all(out_dir);
  return 0;
}
