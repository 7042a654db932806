#include "graph/knowledge_graph.h"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <utility>

namespace inmaek {
namespace {

std::uint32_t narrow(std::size_t v, const char* what) {
  if (v > std::numeric_limits<std::uint32_t>::max()) throw std::length_error(std::string("KnowledgeGraph: ") + what + " over 2^32");
  return static_cast<std::uint32_t>(v);
}

}  // namespace

KnowledgeGraph::KnowledgeGraph() : KnowledgeGraph(std::make_shared<MemoryTextStore>()) {}

KnowledgeGraph::KnowledgeGraph(std::shared_ptr<TextStore> texts) : texts_(std::move(texts)) {
  if (!texts_) texts_ = std::make_shared<MemoryTextStore>();
  strings_.emplace_back();
  string_index_.emplace(std::string_view(), 0);
}

KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&& other) noexcept : KnowledgeGraph() { *this = std::move(other); }

KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&& other) noexcept {
  if (this != &other) {
    texts_ = std::exchange(other.texts_, std::make_shared<MemoryTextStore>());
    vertices_ = std::exchange(other.vertices_, {});
    index_ = std::exchange(other.index_, {});
    relations_ = std::exchange(other.relations_, {});
    order_ = std::exchange(other.order_, {});
    evidence_ = std::exchange(other.evidence_, {});
    amounts_ = std::exchange(other.amounts_, {});
    strings_ = std::exchange(other.strings_, {SharedText()});
    string_index_ = std::exchange(other.string_index_, {{std::string_view(), 0}});
  }
  return *this;
}

KnowledgeGraph::~KnowledgeGraph() = default;

std::uint32_t KnowledgeGraph::intern(std::string_view s) {
  if (s.empty()) return 0;
  if (auto it = string_index_.find(s); it != string_index_.end()) return it->second;
  return intern(SharedText(s));
}

std::uint32_t KnowledgeGraph::intern(const SharedText& s) {
  if (s.empty()) return 0;
  auto it = string_index_.find(s.view());
  if (it != string_index_.end()) return it->second;
  const std::uint32_t id = narrow(strings_.size(), "texts");
  strings_.push_back(s);
  string_index_.emplace(strings_.back().view(), id);  // the buffer is shared, never moved
  return id;
}

KnowledgeGraph::Vertex KnowledgeGraph::add_entity(const Entity& e) {
  auto it = index_.find(e.id);
  if (it == index_.end()) {
    Entity copy = e;
    std::sort(copy.aliases.begin(), copy.aliases.end());
    copy.aliases.erase(std::unique(copy.aliases.begin(), copy.aliases.end()), copy.aliases.end());
    const Vertex v = narrow(vertices_.size(), "entities");
    vertices_.push_back(std::move(copy));
    index_.emplace(e.id, v);
    return v;
  }
  Entity& into = vertices_[it->second];
  into.add_alias(e.name);
  for (const auto& a : e.aliases) into.add_alias(a.text, a.lang);
  if (into.wikidata.empty()) into.wikidata = e.wikidata;
  return it->second;
}

int KnowledgeGraph::compare(const Stored& a, Vertex s, RelationType t, Vertex o) const {
  if (a.subject != s)
    if (const int c = vertices_[a.subject].id.compare(vertices_[s].id)) return c;
  if (a.type != t) return a.type < t ? -1 : 1;
  if (a.object != o)
    if (const int c = vertices_[a.object].id.compare(vertices_[o].id)) return c;
  return 0;
}

std::size_t KnowledgeGraph::position(Vertex s, RelationType t, Vertex o) const {
  // Relations added in key order (as the assembler adds them) go after the last: no search.
  if (order_.empty() || compare(relations_[order_.back()], s, t, o) < 0) return order_.size();
  auto it = std::lower_bound(order_.begin(), order_.end(), 0u, [&](std::uint32_t r, std::uint32_t) {
    return compare(relations_[r], s, t, o) < 0;
  });
  return static_cast<std::size_t>(it - order_.begin());
}

void KnowledgeGraph::set_attributes(Stored& into, const Relation& r) {
  into.confidence = r.confidence;
  into.type = r.type;
  into.date = intern(std::string_view(r.date));
  into.role = intern(std::string_view(r.role));
  if (r.amount) {
    if (into.amount == 0) {
      amounts_.push_back(*r.amount);
      into.amount = narrow(amounts_.size(), "amounts");
    } else {
      amounts_[into.amount - 1] = *r.amount;
    }
  } else {
    into.amount = 0;
  }
}

KnowledgeGraph::StoredRecord KnowledgeGraph::record_of(const Evidence& e) {
  const TextRef sentence = texts_->append(e.sentence.view());
  return {sentence.offset, sentence.size, intern(e.doc_id), intern(e.source), intern(e.rule),
          narrow(e.begin, "evidence offsets"), narrow(e.end, "evidence offsets")};
}

KnowledgeGraph::StoredRecord KnowledgeGraph::record_of(const StoredEvidence& e) {
  return {e.sentence.offset, e.sentence.size, intern(e.doc_id), intern(e.source), intern(e.rule),
          narrow(e.begin, "evidence offsets"), narrow(e.end, "evidence offsets")};
}

std::uint32_t KnowledgeGraph::store_records(const std::vector<StoredRecord>& records) {
  const std::uint32_t first = narrow(evidence_.size(), "evidence records");
  narrow(evidence_.size() + records.size(), "evidence records");
  evidence_.insert(evidence_.end(), records.begin(), records.end());
  return first;
}

bool KnowledgeGraph::add_stored(Relation r, Vertex s, Vertex o, const std::vector<StoredRecord>& records) {
  const std::size_t at = position(s, r.type, o);
  if (at < order_.size() && compare(relations_[order_[at]], s, r.type, o) == 0) {
    // An edge already there: merged as Relations (its records are left unused in evidence_).
    Stored& into = relations_[order_[at]];
    Relation merged = build(into, true);
    Relation incoming = std::move(r);
    incoming.evidence.clear();
    for (const StoredRecord& e : records)
      incoming.evidence.push_back({strings_[e.doc_id], strings_[e.source],
                                   texts_->read({e.sentence_offset, e.sentence_size}), e.begin, e.end,
                                   strings_[e.rule]});
    merge_relation(merged, incoming);
    std::vector<StoredRecord> stored;
    stored.reserve(merged.evidence.size());
    for (const Evidence& e : merged.evidence) stored.push_back(record_of(e));
    Stored& target = relations_[order_[at]];  // record_of may not move relations_, but be plain
    set_attributes(target, merged);
    target.evidence = store_records(stored);
    target.evidence_count = narrow(stored.size(), "evidence records");
    return true;
  }
  Stored added;
  added.subject = s;
  added.object = o;
  set_attributes(added, r);
  added.evidence = store_records(records);
  added.evidence_count = narrow(records.size(), "evidence records");
  relations_.push_back(added);
  order_.insert(order_.begin() + static_cast<std::ptrdiff_t>(at), narrow(relations_.size() - 1, "relations"));
  return true;
}

bool KnowledgeGraph::add_relation(Relation r) {
  if (is_symmetric(r.type) && r.object < r.subject) std::swap(r.subject, r.object);
  auto s = index_.find(r.subject);
  auto o = index_.find(r.object);
  if (s == index_.end() || o == index_.end()) return false;
  std::sort(r.evidence.begin(), r.evidence.end());
  r.evidence.erase(std::unique(r.evidence.begin(), r.evidence.end()), r.evidence.end());
  std::vector<StoredRecord> records;
  records.reserve(r.evidence.size());
  for (const Evidence& e : r.evidence) records.push_back(record_of(e));
  r.evidence.clear();
  return add_stored(std::move(r), s->second, o->second, records);
}

bool KnowledgeGraph::add_relation(Relation r, const std::vector<StoredEvidence>& evidence) {
  if (is_symmetric(r.type) && r.object < r.subject) std::swap(r.subject, r.object);
  auto s = index_.find(r.subject);
  auto o = index_.find(r.object);
  if (s == index_.end() || o == index_.end()) return false;
  std::vector<StoredRecord> records;
  records.reserve(evidence.size());
  for (const StoredEvidence& e : evidence) records.push_back(record_of(e));
  r.evidence.clear();
  return add_stored(std::move(r), s->second, o->second, records);
}

void KnowledgeGraph::reserve(std::size_t relations, std::size_t evidence) {
  relations_.reserve(relations_.size() + relations);
  order_.reserve(order_.size() + relations);
  evidence_.reserve(evidence_.size() + evidence);
}

void KnowledgeGraph::merge(const KnowledgeGraph& other) {
  for (const Entity* e : other.entities()) add_entity(*e);
  other.for_each_relation([&](const Relation& r) { add_relation(r); });
}

const Entity* KnowledgeGraph::find(std::string_view id) const {
  auto it = index_.find(id);
  return it == index_.end() ? nullptr : &vertices_[it->second];
}

std::optional<KnowledgeGraph::Vertex> KnowledgeGraph::vertex(std::string_view id) const {
  auto it = index_.find(id);
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

std::size_t KnowledgeGraph::evidence_count() const {
  std::size_t n = 0;
  for (const Stored& r : relations_) n += r.evidence_count;
  return n;
}

std::vector<const Entity*> KnowledgeGraph::entities() const {
  std::vector<const Entity*> out;
  out.reserve(index_.size());
  for (const auto& [id, v] : index_) out.push_back(&vertices_[v]);  // std::map: sorted by id
  return out;
}

Relation KnowledgeGraph::build(const Stored& s, bool evidence) const {
  Relation r;
  r.type = s.type;
  r.subject = vertices_[s.subject].id;
  r.object = vertices_[s.object].id;
  r.date = strings_[s.date].str();
  r.role = strings_[s.role].str();
  if (s.amount) r.amount = amounts_[s.amount - 1];
  r.confidence = s.confidence;
  if (evidence) {
    r.evidence.reserve(s.evidence_count);
    for (std::uint32_t i = 0; i < s.evidence_count; ++i) {
      const StoredRecord& e = evidence_[s.evidence + i];
      r.evidence.push_back({strings_[e.doc_id], strings_[e.source],
                            texts_->read({e.sentence_offset, e.sentence_size}), e.begin, e.end, strings_[e.rule]});
    }
  }
  return r;
}

void KnowledgeGraph::for_each_relation(const std::function<void(const Relation&)>& each, bool evidence) const {
  for (std::uint32_t i : order_) each(build(relations_[i], evidence));
}

Relation KnowledgeGraph::relation(std::size_t i) const { return build(relations_[order_.at(i)], true); }

std::vector<Relation> KnowledgeGraph::relations() const {
  std::vector<Relation> out;
  out.reserve(order_.size());
  for_each_relation([&](const Relation& r) { out.push_back(r); });
  return out;
}

std::vector<KnowledgeGraph::Ends> KnowledgeGraph::edges() const {
  std::vector<Ends> out;
  out.reserve(relations_.size());
  for (const Stored& r : relations_) out.push_back({r.subject, r.object, r.type});
  return out;
}

std::string dump(const KnowledgeGraph& g) {
  std::vector<std::string> lines;
  g.for_each_relation(
      [&](const Relation& r) {
        const Entity* s = g.find(r.subject);
        const Entity* o = g.find(r.object);
        lines.push_back("(" + s->name + ")-[" + std::string(to_string(r.type)) + "]->(" + o->name + ")");
      },
      false);
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

}  // namespace inmaek
