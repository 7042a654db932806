// Assembler::finish: the deterministic pass over the accumulators, in assemble()'s order.
#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#ifdef __GLIBC__  // (defined by the headers above)
#include <malloc.h>
#endif

#include "extract/assembler.h"
#include "extract/assembler_internal.h"
#include "extract/english_words.h"
#include "extract/jamo.h"
#include "extract/lexicon.h"
#include "extract/utf8.h"

namespace inmaek::extract {
namespace {

// A transliteration group's first name (in document order) joins every other name of the group
// that it is the same transliteration of.
void join_variants(Assembler::Impl& s) {
  for (auto& [vkey, names] : s.by_variant) {
    auto first = names.begin();
    for (auto it = names.begin(); it != names.end(); ++it)
      if (s.before(it->second.first, first->second.first)) first = it;
    for (auto it = names.begin(); it != names.end(); ++it)
      if (it != first && same_transliteration(s.strings[first->first], s.strings[it->first]))
        s.uf.unite(first->second.second, it->second.second);
  }
  s.by_variant.clear();
}

// One name, two types: "Tsubame Electric" a company in one document and (mis-read) a person in
// another, "Bhashini" a product here and an organisation there. A name is one entity whatever the
// type each document gave it (the cluster takes the type most sightings give), so the nodes of one
// name key are joined across types, lexicon entries included. A one-word person name is left out:
// a surname alone ("Lim") does not make a company of it.
void join_namesakes(Assembler::Impl& s) {
  // (keys are typed, so a name seen again here is the same name with another type)
  std::unordered_map<std::string_view, std::uint32_t> by_name;  // name key -> its first node (views of by_key)
  by_name.reserve(s.by_key.size());
  for (const auto& [key, kn] : s.by_key) {
    if (key.empty() || (static_cast<EntityType>(key[0] - '0') == EntityType::Person && !kn.spaced)) continue;
    const auto [it, added] = by_name.emplace(std::string_view(key).substr(1), kn.node);
    if (!added) s.uf.unite(it->second, kn.node);
  }
  for (std::uint32_t i = 0; i < s.nlex; ++i)
    for (const Alias& a : s.lexicon.entries()[i].names)
      if (const auto it = by_name.find(name_key(a.text)); it != by_name.end() && s.nodes[it->second].type != s.nodes[i].type)
        s.uf.unite(i, it->second);
  // "Early backer Cedar Ridge walks away" (read as a person) and "Cedar Ridge Ventures": a person of two
  // words or more named as a fund is without its last word ("Redwood Arc" / "Redwood Arc Capital")
  // (keys hold a kind in the singular: key_of)
  static constexpr std::string_view kFundWords[] = {"venture", "capital", "partner", "investment", "holding"};
  std::string person_key;
  for (const auto& [key, kn] : s.by_key) {
    if (key.empty() || static_cast<EntityType>(key[0] - '0') != EntityType::Organization) continue;
    for (std::string_view w : kFundWords)
      if (key.size() > w.size() + 7 && std::string_view(key).ends_with(w)) {
        person_key.assign(1, static_cast<char>('0' + static_cast<int>(EntityType::Person)));
        person_key.append(key, 1, key.size() - 1 - w.size());
        if (const auto it = s.by_key.find(person_key); it != s.by_key.end() && it->second.spaced) s.uf.unite(kn.node, it->second.node);
        break;
      }
  }
}

struct Cluster {
  std::uint32_t root = kNone;
  EntityType type = EntityType::Organization;
  Pos first;
  std::map<std::string, std::pair<int, NameCount>> names;  // name -> (count, language sighting)
  std::array<int, 3> type_votes{};  // name sightings per type (clusters joined across types)
};

// The clusters holding at least one local entity, in the order assemble() creates entities:
// lexicon entries first (by entry), then by their first local entity in document order.
std::vector<Cluster> make_clusters(Assembler::Impl& s) {
  std::unordered_map<std::uint32_t, std::size_t> at;
  std::vector<Cluster> out;
  for (std::uint32_t n = 0; n < s.nodes.size(); ++n) {
    const Node& node = s.nodes[n];
    if (node.names.empty() && node.first.doc == kNone) continue;
    const std::uint32_t root = s.uf.find(n);
    auto [it, added] = at.emplace(root, out.size());
    if (added) out.push_back({root, node.type, {}, {}});
    Cluster& c = out[it->second];
    if (node.first.doc != kNone && (c.first.doc == kNone || s.before(node.first, c.first))) c.first = node.first;
    for (const NameCount& nc : node.names) {
      auto [nt, nadded] = c.names.emplace(s.strings[nc.name], std::make_pair(0, nc));
      nt->second.first += static_cast<int>(nc.count);
      if (!nadded && s.before(nt->second.second.lang_pos, nc.lang_pos)) nt->second.second = nc;
      c.type_votes[static_cast<std::size_t>(node.type)] += static_cast<int>(nc.count);
    }
  }
  // A company and its namesake product joined across languages: the type most of the sightings
  // give, an organisation on a tie. (A cluster of one type keeps it.)
  std::unordered_map<std::uint32_t, std::array<int, 3>> votes;  // root -> votes, for those of several types
  for (const Cluster& c : out)
    if (several_types(c.type_votes)) votes.emplace(c.root, c.type_votes);
  s.vote_by_relations(votes);
  for (Cluster& c : out)
    if (const auto it = votes.find(c.root); it != votes.end()) c.type = voted_type(it->second);
  std::sort(out.begin(), out.end(), [&](const Cluster& a, const Cluster& b) {
    const bool al = a.root < s.nlex, bl = b.root < s.nlex;
    if (al != bl) return al;
    if (al) return a.root < b.root;
    return s.before(a.first, b.first);
  });
  return out;
}


Entity make_entity(const Assembler::Impl& s, const Cluster& c) {
  Entity ent;
  ent.type = c.type;
  if (c.root < s.nlex) {
    const LexiconEntry& le = s.lexicon.entries()[c.root];
    ent.name = le.canonical;
    ent.type = le.type;
    ent.wikidata = le.wikidata;
    for (const Alias& a : le.names) ent.add_alias(a.text, a.lang);
  } else {
    // Canonical: a multi-word Latin name if any (without quotes), else the most frequent (then longest) name.
    auto score = [&](const std::string& n, int count) {
      const bool latin = !has_hangul(n);
      const bool multi = n.find(' ') != std::string::npos;
      // (not one with a nickname in quotes: 'Chukwuemeka "Emeka" Obi' is Chukwuemeka Obi)
      // (nor one in Chinese characters alone, "陳宇明": the name the text reads it by first)
      const bool read = !han_only(n);
      return std::make_tuple(latin && read && (multi || c.type != EntityType::Person), n.find('"') == std::string::npos, read, count, multi,
                             n.size());
    };
    const std::string* best = nullptr;
    int best_count = 0;
    for (const auto& [n, count] : c.names)
      if (!best || score(n, count.first) > score(*best, best_count)) {
        best = &n;
        best_count = count.first;
      }
    // (a name in capitals, as a section header writes it, shown as the text spells it elsewhere)
    if (best && std::none_of(best->begin(), best->end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }))
      for (const auto& [n, count] : c.names)
        if (n != *best && fold_case(n) == fold_case(*best)) {
          best = &n;
          break;
        }
    if (best) ent.name = c.type == EntityType::Person ? *best : without_legal_form(*best);
  }
  for (const auto& [n, count] : c.names) ent.add_alias(n, s.strings[count.second.lang]);
  return ent;
}

// The entity id: the name's, else with the type, else with a short hash of what the cluster
// holds (stable whatever the order of documents).
std::string unique_id(const Assembler::Impl& s, const Cluster& c, const Entity& ent, std::set<std::string>& used) {
  std::string id = make_entity_id(ent.name);
  if (used.count(id)) id += "-" + std::string(to_string(ent.type));
  if (used.count(id)) {
    std::uint64_t h = 1469598103934665603ull;
    for (const auto& [n, count] : c.names)
      for (unsigned char ch : n + "\x1f") h = (h ^ ch) * 1099511628211ull;
    const std::string first_doc = c.first.doc == kNone ? std::string() : s.doc_id(c.first.doc);
    for (unsigned char ch : first_doc) h = (h ^ ch) * 1099511628211ull;
    char buf[12];
    std::snprintf(buf, sizeof buf, "-%08llx", static_cast<unsigned long long>(h & 0xffffffffull));
    id += buf;
    while (used.count(id)) id += "x";  // a hash collision: practically never
  }
  used.insert(id);
  return id;
}

}  // namespace

// A company's name without the abbreviated legal form that ends it: "Acme Robotics Inc" is shown as
// "Acme Robotics" (the full name stays an alias), and without the spelled-out forms that are only
// legal forms ("Sarvagya AI Private Limited", "Acme Incorporated"). Forms that are also part of
// brands ("Hoshizora Corporation", "Ford Motor Company") stay.
std::string without_legal_form(const std::string& name) {
  // (and Indonesia's "PT" before the name: "PT Awan Nusantara Teknologi")
  std::string out = name.starts_with("PT ") && name.find(' ', 3) != std::string::npos ? name.substr(3) : name;
  for (bool cut = true; cut;) {
    cut = false;
    const std::size_t sp = out.rfind(' ');
    if (sp == std::string::npos || sp < 3) break;
    // (with its point or without: "Ltd." as "Ltd", "S.A." as "S.A")
    std::string last = out.substr(sp + 1);
    if (last.size() > 1 && last.back() == '.') last.pop_back();
    // (a common word alone is no name: "News Corp" keeps its form)
    if (out.find(' ') == sp && en::is_stop_word(en::lower(out.substr(0, sp)))) break;
    for (const char* form : {"Inc", "Corp", "Co", "Ltd", "LLC", "PLC", "Plc", "GmbH", "AG", "SAS", "K.K", "KK", "B.V", "N.V", "S.A", "S.p.A", "Pte",
                             "Pvt", "Bhd", "Limited", "Incorporated", "Ltda", "A.Ş", "S.r.l", "S.L",
                             // (Malaysia's "Berhad" and "Sdn Bhd", Indonesia's "Tbk", the Nordic "AB", "ASA", "Oy", "Oyj")
                             "Berhad", "Sdn", "Tbk", "AB", "ASA", "Oy", "Oyj",
                             // (Norway's and Denmark's "AS", "A/S", "ApS")
                             "AS", "A/S", "ApS"})
      if (last == form) {
        out.erase(sp);
        cut = true;
      }
    // (Mexico's "S.A. de C.V." and "S.A.P.I. de C.V.", the form written in three words)
    if (!cut && last == "C.V" && sp >= 7) {
      const std::size_t de = out.rfind(' ', sp - 1), form = de == std::string::npos || de == 0 ? std::string::npos : out.rfind(' ', de - 1);
      if (form != std::string::npos && form >= 3 && out.compare(de + 1, sp - de - 1, "de") == 0 && out.compare(form + 1, 2, "S.") == 0) {
        out.erase(form);
        cut = true;
      }
    }
    // ("Private Limited": India's private company)
    if (cut && last == "Limited" && out.size() > 8 && out.ends_with(" Private") && out.size() - 8 >= 3) out.erase(out.size() - 8);
  }
  return out;
}

KnowledgeGraph Assembler::finish(unsigned threads) {
  Impl& s = *impl_;
  std::lock_guard lock(s.mu);
  join_variants(s);
  join_namesakes(s);
  join_across_languages(s, threads);

  // Entities, then their ranks in id order: relations are grouped and added in (subject, type,
  // object) order by comparing ranks, not ids.
  KnowledgeGraph g(s.texts);
  struct Endpoint {
    std::uint32_t rank;
    EntityType type;
  };
  std::unordered_map<std::uint32_t, Endpoint> entity_of;  // root -> entity
  std::vector<std::string> ids;                           // by rank
  {
    std::set<std::string> used_ids;
    std::vector<std::pair<std::string, std::uint32_t>> roots;  // (id, root)
    for (const Cluster& c : make_clusters(s)) {
      Entity ent = make_entity(s, c);
      ent.id = unique_id(s, c, ent, used_ids);
      roots.emplace_back(ent.id, c.root);
      entity_of[c.root] = {0, ent.type};
      g.add_entity(ent);
    }
    std::sort(roots.begin(), roots.end());
    for (std::uint32_t rank = 0; rank < roots.size(); ++rank) {
      entity_of[roots[rank].second].rank = rank;
      ids.push_back(std::move(roots[rank].first));
    }
  }

  // Relations between nodes, grouped by their entities' (subject, type, object): rank of the
  // subject in bits 36.., type in 32..35, rank of the object below; each with its index.
  s.relation_index.clear();
  std::vector<std::pair<std::uint64_t, std::uint32_t>> order;
  order.reserve(s.relations.size());
  for (std::uint32_t i = 0; i < s.relations.size(); ++i) {
    const RelationAcc& acc = s.relations[i];
    const std::uint32_t sr = s.uf.find(acc.subject), orr = s.uf.find(acc.object);
    if (sr == orr) continue;
    auto se = entity_of.find(sr), oe = entity_of.find(orr);
    if (se == entity_of.end() || oe == entity_of.end() || !allows(acc.type, se->second.type, oe->second.type)) continue;
    std::uint64_t subject = se->second.rank, object = oe->second.rank;
    if (is_symmetric(acc.type) && object < subject) std::swap(subject, object);
    order.emplace_back((subject << 36) | (static_cast<std::uint64_t>(acc.type) << 32) | object, i);
  }
  // By key (folding the accumulators of one key does not depend on their order). Each key is
  // one relation of the graph: its number, key and accumulator (the others folded into it).
  std::sort(order.begin(), order.end());
  std::vector<std::uint32_t> group_of(s.relations.size(), kNone);
  std::vector<std::uint64_t> group_key;
  std::vector<std::uint32_t> group_acc;
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (i == 0 || order[i].first != order[i - 1].first) {
      group_key.push_back(order[i].first);
      group_acc.push_back(order[i].second);
    } else {
      s.fold(s.relations[group_acc.back()], s.relations[order[i].second]);
    }
    group_of[order[i].second] = static_cast<std::uint32_t>(group_key.size() - 1);
  }
  std::vector<std::pair<std::uint64_t, std::uint32_t>>().swap(order);
  const auto groups = static_cast<std::uint32_t>(group_key.size());

  // The evidence records, permuted in place into runs by relation (the graph's order; records
  // of dropped relations last), so that the graph's records replace them block by block and
  // the two are not held whole at once (issue 5).
  std::vector<std::uint32_t> start(std::size_t{groups} + 2, 0);
  for (std::size_t i = 0; i < s.evidence.size(); ++i) {
    EvidenceRef& e = s.evidence[i];
    e.relation = group_of[e.relation] == kNone ? groups : group_of[e.relation];
    ++start[e.relation + 1];
  }
  std::vector<std::uint32_t>().swap(group_of);
  for (std::size_t g = 1; g < start.size(); ++g) start[g] += start[g - 1];
  {
    std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
    for (std::uint32_t g = 0; g <= groups; ++g)
      while (next[g] < start[g + 1]) {
        const std::uint32_t to = s.evidence[next[g]].relation;
        if (to == g) {
          ++next[g];
        } else {
          std::swap(s.evidence[next[g]], s.evidence[next[to]]);
          ++next[to];
        }
      }
  }
  g.reserve(groups, start[groups]);

  // Sources adopted from duplicates replace the document's own, in its evidence too.
  std::vector<std::uint32_t> source_of(s.docs.size());
  for (std::uint32_t d = 0; d < s.docs.size(); ++d) {
    source_of[d] = s.docs[d].source;
    auto it = s.adopted.find(s.doc_id(d));
    if (it != s.adopted.end() && it->second < s.strings[s.docs[d].source]) source_of[d] = s.strings.intern(it->second);
  }
  auto source = [&](const EvidenceRef& e) { return e.source == s.docs[e.doc].source ? source_of[e.doc] : e.source; };
  // Evidence's order (doc id, source, sentence, begin, end, rule) without reading sentences:
  // within one document by rank; across documents with one id (not made by add()) by text.
  auto compare = [&](const EvidenceRef& a, const EvidenceRef& b) -> int {
    if (a.doc_id != b.doc_id)
      if (const int c = s.strings[a.doc_id].compare(s.strings[b.doc_id])) return c;
    const std::uint32_t sa = source(a), sb = source(b);
    if (sa != sb)
      if (const int c = s.strings[sa].compare(s.strings[sb])) return c;
    if (a.doc == b.doc) {
      if (a.rank != b.rank) return a.rank < b.rank ? -1 : 1;
    } else if (!(a.sentence() == b.sentence())) {
      if (const int c = s.texts->read(a.sentence()).compare(s.texts->read(b.sentence()))) return c;
    }
    if (a.begin != b.begin) return a.begin < b.begin ? -1 : 1;
    if (a.end != b.end) return a.end < b.end ? -1 : 1;
    if (a.rule != b.rule) return s.strings[a.rule].compare(s.strings[b.rule]);
    return 0;
  };
  std::vector<KnowledgeGraph::StoredEvidence> evidence;
  std::vector<EvidenceRef> refs;
  for (std::uint32_t group = 0; group < groups; ++group) {
    const std::uint64_t key = group_key[group];
    const RelationAcc& acc = s.relations[group_acc[group]];
    Relation r;
    r.type = static_cast<RelationType>((key >> 32) & 0xf);
    r.subject = ids[key >> 36];
    r.object = ids[key & 0xffffffffull];
    if (acc.date != kNone) r.date = s.strings[acc.date];
    if (acc.role != kNone) r.role = s.strings[acc.role];
    if (acc.amount != kNone) {
      const AmountAcc& a = s.amounts[acc.amount];
      r.amount = Amount{s.strings[a.text], a.value, s.strings[a.currency]};
    }
    r.confidence = acc.confidence;
    refs.clear();
    for (std::uint32_t e = start[group]; e < start[group + 1]; ++e) refs.push_back(s.evidence[e]);
    s.evidence.release_before(start[group + 1]);  // read for the last time
    std::sort(refs.begin(), refs.end(), [&](const EvidenceRef& a, const EvidenceRef& b) { return compare(a, b) < 0; });
    evidence.clear();
    for (std::size_t k = 0; k < refs.size(); ++k) {
      const EvidenceRef& e = refs[k];
      if (k > 0 && compare(refs[k - 1], e) == 0) continue;  // a repeat
      evidence.push_back({s.strings.shared(e.doc_id), s.strings.shared(source(e)), e.sentence(), e.begin, e.end,
                          s.strings.shared(e.rule)});
    }
    g.add_relation(std::move(r), evidence);
  }
  s.release();
#ifdef __GLIBC__
  malloc_trim(0);  // the accumulators' freed memory back to the system before the writers run
#endif
  return g;
}

}  // namespace inmaek::extract
