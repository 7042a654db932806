#pragma once
// The gazetteer: known people, organisations and products with every spelling, loaded from
// TSV ("canonical<TAB>type<TAB>wikidata<TAB>name@ko|name@en|..."), then frozen into a
// const matcher that is safe to share between threads.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/entity.h"
#include "extract/aho_corasick.h"

namespace inmaek::extract {

struct LexiconEntry {
  std::string canonical;  // canonical English name
  EntityType type = EntityType::Organization;
  std::string wikidata;
  std::vector<Alias> names;  // every surface form, canonical included
};

// A lexicon name found in a text (lower-cased ASCII, spaces as in the text).
struct LexiconHit {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t entry = 0;  // index into Lexicon::entries()
};

class Lexicon {
 public:
  const std::vector<LexiconEntry>& entries() const { return entries_; }
  // Every occurrence of a name in `lowered` (ASCII already lower-cased), sorted by start, longer
  // first; overlaps included. Word boundaries and overlap resolution are the caller's business.
  std::vector<LexiconHit> find(std::string_view lowered) const;
  // Index of the entry with this surface form (exact, ASCII case-insensitive, spaces ignored), or -1.
  int lookup(std::string_view name) const;

 private:
  friend class LexiconBuilder;
  std::vector<LexiconEntry> entries_;
  std::vector<std::uint32_t> pattern_entry_;  // pattern index -> entry
  AhoCorasick automaton_;
  std::vector<std::pair<std::string, std::uint32_t>> keys_;  // sorted (folded name, entry)
};

class LexiconBuilder {
 public:
  // Parses TSV content; `source` names it in errors. Throws ParseError("source:line: what").
  // An entry whose canonical name already exists adds its names to that entry.
  void add_tsv(std::string_view content, std::string_view source);
  void add(LexiconEntry e);
  // Builds the matcher. The builder is left empty.
  std::shared_ptr<const Lexicon> freeze();

 private:
  std::vector<LexiconEntry> entries_;
};

// The default lexicon compiled into the binary (extract/data/lexicon.tsv).
std::string_view default_lexicon_tsv();

// Lower-casing of ASCII, Latin-1 and Latin Extended-A letters ("TOMÁS ECHEVERRÍA" = "tomás echeverría"),
// byte for byte the same length: the folding applied to text and names before matching.
std::string fold_case(std::string_view s);
// Name key for exact lookups: ASCII lower-cased, spaces, dots, hyphens and middle dots removed.
std::string name_key(std::string_view s);
// A name's version numbers without the marks that do not change them: "Amagumo 3.0" and "Amagumo v3"
// are "Amagumo 3" ("3.5", "V3" and "2.05" stay as they are).
std::string plain_version(std::string_view s);

}  // namespace inmaek::extract
