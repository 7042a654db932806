#include "tools/cli.h"

#include <algorithm>
#include <iostream>
#include <map>

#include "graph/error.h"
#include "tools/commands.h"
#include "tools/pipeline.h"

#ifndef INMAEK_VERSION
#define INMAEK_VERSION "0.0.0"
#endif

namespace inmaek::tools {

namespace {

constexpr const char* kUsage = R"(inmaek - build a knowledge graph of the AI industry from news articles

usage:
  inmaek build INPUT... -o DIR [options]   read articles, write DIR/graph.{graphml,dot,jsonld}
  inmaek update DIR INPUT... [options]     add new articles to the graph in DIR
  inmaek merge DIR... -o OUT [options]     merge graphs built separately (e.g. shards)
  inmaek stats DIR [--top N]               counts, top entities, merged aliases
  inmaek explain DIR "NAME"                every relation of an entity, with its evidence
  inmaek COMMAND --help                    options of a command
  inmaek --help | --version

INPUT is a file, a directory (searched recursively for *.txt, *.md, *.jsonl, *.ndjson,
*.html, *.htm) or - for stdin. DIR also holds inmaek-state.jsonl, the documents' extractions,
which update, merge, stats and explain read.

exit codes: 0 success, 1 finished but some inputs were skipped (each named on stderr; with
--strict nothing is written), 2 usage error, 3 I/O error.
)";

constexpr const char* kInputOptions = R"(
input options:
  --input-format F        auto (by extension; stdin by its first byte), text, jsonl or html
  --lang ko|en|auto       language of the inputs (default: auto, detected per document)
  --threads N             extraction threads (default: all cores)
  --min-confidence X      drop relations below this confidence (0..1, default 0)
  --strict                if any input is skipped, write nothing and exit 1
  --progress              draw the progress bar even when stderr is not a terminal
  --no-progress           never draw it (default: drawn when stderr is a terminal)
)";

constexpr const char* kGraphOptions = R"(
graph options:
  --formats LIST          comma-separated subset of graphml,dot,jsonld (default: all three);
                          inmaek-state.jsonl is always written
  --lexicon FILE          add entries from a lexicon TSV (canonical, type, wikidata, names);
                          may be repeated; use the same lexicons for build, update and merge
  --no-default-lexicon    do not load the built-in lexicon
  --focus NAME            write only the ego network of NAME (name or alias, any case)
  --depth K               hops around the focus, ignoring direction (default 1)
)";

constexpr const char* kLogOptions = R"(
log options:
  -q, --quiet             only errors on stderr
  -v, --verbose           debug messages on stderr
  --log-file FILE         also write the log (with debug messages) to FILE
)";

constexpr const char* kExitCodes = R"(
exit codes: 0 success, 1 finished but some inputs were skipped, 2 usage error (or a malformed
lexicon or state file), 3 I/O error.
)";

const std::map<std::string, std::string> kCommandHelp = {
    {"build", std::string(R"(usage: inmaek build INPUT... -o DIR [options]

Reads every INPUT (file, directory searched recursively, or - for stdin), extracts entities
and relations, and writes DIR/graph.graphml, graph.dot, graph.jsonld and inmaek-state.jsonl.
Each file is written to a temporary file and renamed: an interrupted run leaves the previous
files intact. Inputs that cannot be read are named on stderr and skipped (exit 1).

build options:
  -o, --output DIR        output directory (created if missing; required)
)") + kInputOptions + kGraphOptions + kLogOptions + kExitCodes},
    {"update", std::string(R"(usage: inmaek update DIR INPUT... [options]

Adds the articles of INPUT to the graph in DIR (built by inmaek build): reads
DIR/inmaek-state.jsonl, extracts only documents not already in it (same content hash), and
rewrites every file of DIR. The result is byte-identical to building all the inputs at once.
)") + kInputOptions + kGraphOptions + kLogOptions + kExitCodes},
    {"merge", std::string(R"(usage: inmaek merge DIR... -o OUT [options]

Merges graphs built separately (for example shards of a corpus built on several machines)
into OUT. Merging is associative and commutative and gives byte-identical files to building
the union of the inputs. A document in several DIRs counts once.

  -o, --output OUT        output directory (created if missing; required)
)") + kGraphOptions + kLogOptions + kExitCodes},
    {"stats", std::string(R"(usage: inmaek stats DIR [options]

Prints documents and sentences read, entities per type, relations per type, the top entities
by PageRank and by degree, and the entities with the most aliases merged.

  --top N                 entities per list (default 10)
  --lexicon FILE, --no-default-lexicon, --focus NAME, --depth K   as for build
)") + kLogOptions + kExitCodes},
    {"explain", std::string(R"(usage: inmaek explain DIR "NAME" [options]

Prints every relation of the entity named NAME (canonical name or alias, any case), with its
date, amount, role and confidence, and every evidence quote with its source, publication date
and document: why each edge exists.

  --lexicon FILE, --no-default-lexicon, --focus NAME, --depth K   as for build
)") + kLogOptions + kExitCodes},
};

}  // namespace

int run(const Args& args, std::istream& in, std::ostream& out, std::ostream& err) {
  try {
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
      (args.empty() ? err : out) << kUsage;
      return args.empty() ? kExitUsage : kExitOk;
    }
    if (args[0] == "help") {
      auto it = args.size() > 1 ? kCommandHelp.find(args[1]) : kCommandHelp.end();
      out << (it == kCommandHelp.end() ? kUsage : it->second.c_str());
      return kExitOk;
    }
    if (args[0] == "--version") {
      out << "inmaek " << INMAEK_VERSION << "\n";
      return kExitOk;
    }
    auto help = kCommandHelp.find(args[0]);
    if (help == kCommandHelp.end()) throw UsageError("unknown command \"" + args[0] + "\" (see inmaek --help)");
    if (std::find(args.begin(), args.end(), "--help") != args.end() ||
        std::find(args.begin(), args.end(), "-h") != args.end()) {
      out << help->second;
      return kExitOk;
    }
    const Options o = parse_options(args);
    if (o.command == "build") return build_command(o, in, err);
    if (o.command == "update") return update_command(o, in, err);
    if (o.command == "merge") return merge_command(o, err);
    if (o.command == "stats") return stats_command(o, out, err);
    return explain_command(o, out, err);
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
