#include "export/jsonld_writer.h"

#include <algorithm>
#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <ostream>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "export/escape.h"
#include "export/number_format_internal.h"
#include "graph/knowledge_graph.h"

namespace inmaek::exporters {

namespace {

constexpr std::string_view kSchema = "https://schema.org/";
constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
constexpr std::string_view kProv = "http://www.w3.org/ns/prov#";
constexpr std::string_view kWikidata = "http://www.wikidata.org/entity/";

std::string_view schema_type(EntityType t) {
  switch (t) {
    case EntityType::Person: return "schema:Person";
    case EntityType::Organization: return "schema:Organization";
    case EntityType::Product: return "schema:SoftwareApplication";
  }
  return "schema:Thing";
}

bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

// Whether s is two digits for a number in [lo, hi].
bool two_digits_in(std::string_view s, int lo, int hi) {
  if (s.size() != 2 || !all_digits(s)) return false;
  const int v = (s[0] - '0') * 10 + (s[1] - '0');
  return v >= lo && v <= hi;
}

// The XSD datatype of a date by its form, or "" when it is none of YYYY, YYYY-MM (month
// 01..12) and YYYY-MM-DD (day 01..31); such dates are written as plain strings.
std::string_view date_type(std::string_view d) {
  if (d.size() < 4 || !all_digits(d.substr(0, 4))) return "";
  if (d.size() == 4) return "xsd:gYear";
  if (d[4] != '-' || !two_digits_in(d.substr(5, 2), 1, 12)) return "";
  if (d.size() == 7) return "xsd:gYearMonth";
  if (d.size() == 10 && d[7] == '-' && two_digits_in(d.substr(8, 2), 1, 31)) return "xsd:date";
  return "";
}

// A well-formed BCP 47 tag in its simplest shape: "ko", "en", "en-US".
bool valid_language(std::string_view s) {
  std::size_t part = 0;
  bool first = true;
  for (char c : s) {
    const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    const bool digit = c >= '0' && c <= '9';
    if (c == '-') {
      if (part == 0) return false;
      part = 0;
      first = false;
    } else if (alpha || (digit && !first)) {
      if (++part > 8) return false;
    } else {
      return false;
    }
  }
  return part > 0;
}

// The links of every entity: (entity, property, target) as numbers, sorted by entity vertex,
// then property text, then target IRI, each once; built from the edges without building
// relations (a few bytes per link, not strings: issue 5).
struct Link {
  std::uint32_t entity, property, target;  // vertex; rank of the property text; rank of the target IRI
  friend bool operator==(const Link&, const Link&) = default;
  friend auto operator<=>(const Link&, const Link&) = default;
};

// The IRIs of a graph, made once: the option's base (as valid UTF-8, as str() would write it)
// and every entity's percent-encoded id and IRI by vertex. Every string here is valid UTF-8.
struct Names {
  std::string base;                 // sanitize_utf8(opt.base)
  std::string vocab;                // base + "ns#"
  std::vector<std::string> ids;     // percent_encode(id), by vertex
  std::vector<std::string> iris;    // base + "id/" + ids[v], by vertex

  Names(const KnowledgeGraph& g, const JsonldOptions& opt)
      : base(sanitize_utf8(opt.base)), vocab(base + "ns#") {
    const std::size_t n = g.entity_count();
    ids.reserve(n);
    iris.reserve(n);
    for (std::size_t v = 0; v < n; ++v) {
      ids.push_back(percent_encode(g.entity(static_cast<std::uint32_t>(v)).id));
      iris.push_back(base + "id/" + ids.back());
    }
  }
};

template <typename W>
class Emitter {
 public:
  Emitter(W& w, const JsonldOptions& opt, const KnowledgeGraph& g, const Names& names)
      : w_(w), opt_(opt), g_(g), names_(names) {}

  void write() {
    const KnowledgeGraph& g = g_;
    make_links(g);

    w_.StartObject();
    key("@context");
    w_.StartObject();
    key("inmaek"), valid(names_.vocab);
    key("prov"), str(kProv);
    key("rdf"), str(kRdf);
    key("schema"), str(kSchema);
    key("xsd"), str(kXsd);
    w_.EndObject();
    key("@graph");
    w_.StartArray();
    for (const Entity* e : g.entities()) {
      write_entity(*e, *g.vertex(e->id));
      if (flush_) flush_();
    }
    if (opt_.statements) {
      if (raw_ && opt_.threads > 1 && g.entity_count() > 0 && g.relation_count() > kChunk)
        write_statements_in_parallel(g);
      else
        g.for_each_relation([&](const Relation& r) {
          write_statement(r);
          if (flush_) flush_();
        });
    }
    w_.EndArray();
    w_.EndObject();
  }

  // Where write_statements_in_parallel() puts the text of statements formatted on other
  // threads: straight into the stream under the writer.
  void set_raw_output(std::function<void(std::string_view)> raw) { raw_ = std::move(raw); }
  // Called after each element of "@graph" (the writer is between elements then).
  void set_flush(std::function<void()> flush) { flush_ = std::move(flush); }

  // Statements [begin, end) as they follow other elements of "@graph" in the whole file: each
  // with its separator (",", and with pretty printing a newline and the indent of its depth).
  // Written to `buf` (cleared first) from the returned offset on.
  static std::size_t statements_text(const KnowledgeGraph& g, const JsonldOptions& opt, const Names& names,
                                     std::size_t begin, std::size_t end, rapidjson::StringBuffer& buf);

 private:
  static constexpr std::size_t kChunk = 1024;  // statements per task

  // The statements in rounds of `threads` chunks, each formatted into a string by a writer of
  // the same kind at the same depth (statements_text) on its own thread, while this thread
  // writes the chunks of the round before (two sets of buffers), so that formatting and the
  // copies into the output overlap. Chunks are written in order. Requires an element before
  // them in "@graph" (an entity), so that every statement has its separator and the writer's
  // own state (a non-empty array) is what it would have been.
  void write_statements_in_parallel(const KnowledgeGraph& g) {
    const std::size_t n = g.relation_count();
    const std::size_t threads = opt_.threads;
    const std::size_t per_round = threads * kChunk;
    struct Round {
      std::vector<rapidjson::StringBuffer> texts;  // (reused: their capacity stays)
      std::vector<std::size_t> at;
    };
    Round sets[2] = {{std::vector<rapidjson::StringBuffer>(threads), std::vector<std::size_t>(threads)},
                     {std::vector<rapidjson::StringBuffer>(threads), std::vector<std::size_t>(threads)}};
    std::vector<std::exception_ptr> errors(threads);
    auto write_out = [&](const Round& r) {
      for (std::size_t j = 0; j < threads; ++j)
        raw_(std::string_view(r.texts[j].GetString() + r.at[j], r.texts[j].GetSize() - r.at[j]));
    };
    const Round* formatted = nullptr;  // the round before, to write
    for (std::size_t round = 0; round < n; round += per_round) {
      Round& r = sets[(round / per_round) % 2];
      auto chunk = [&, round](std::size_t j) {
        try {
          const std::size_t begin = std::min(n, round + j * kChunk), end = std::min(n, begin + kChunk);
          r.at[j] = statements_text(g, opt_, names_, begin, end, r.texts[j]);
        } catch (...) {
          errors[j] = std::current_exception();
        }
      };
      std::vector<std::thread> pool;
      for (std::size_t j = 0; j < threads; ++j) pool.emplace_back(chunk, j);
      try {
        if (formatted) write_out(*formatted);
      } catch (...) {
        for (std::thread& t : pool) t.join();
        throw;
      }
      for (std::thread& t : pool) t.join();
      for (const std::exception_ptr& e : errors)
        if (e) std::rethrow_exception(e);
      formatted = &r;
    }
    if (formatted) write_out(*formatted);
  }

  // The percent-encoded id of an entity of the graph (of any id, for safety).
  std::string_view encoded_id(std::string_view id, std::string& scratch) const {
    if (auto v = g_.vertex(id)) return names_.ids[*v];
    scratch = percent_encode(id);
    return scratch;
  }
  std::string entity_iri(std::string_view id) const {
    if (auto v = g_.vertex(id)) return names_.iris[*v];
    return names_.base + "id/" + percent_encode(id);
  }
  // base + "doc/" + percent_encode(id), made once per document id (valid UTF-8).
  const std::string& doc_iri(const std::string& id) {
    auto it = doc_iris_.find(id);
    if (it == doc_iris_.end()) it = doc_iris_.emplace(id, names_.base + "doc/" + percent_encode(id)).first;
    return it->second;
  }

  void make_links(const KnowledgeGraph& g) {
    // Properties and targets are written in text order: rank them once.
    for (RelationType t : kAllRelationTypes) properties_.push_back("inmaek:" + std::string(to_camel(t)));
    for (std::string_view p : {"schema:founder", "schema:worksFor", "schema:funder", "schema:parentOrganization",
                               "schema:subOrganization", "schema:creator"})
      properties_.emplace_back(p);
    std::sort(properties_.begin(), properties_.end());
    properties_.erase(std::unique(properties_.begin(), properties_.end()), properties_.end());
    auto property = [&](std::string_view p) {
      return static_cast<std::uint32_t>(std::lower_bound(properties_.begin(), properties_.end(), p) - properties_.begin());
    };
    const std::size_t n = g.entity_count();
    const std::vector<std::string>& iris = names_.iris;
    std::vector<std::uint32_t> by_iri(n);
    for (std::size_t v = 0; v < n; ++v) by_iri[v] = static_cast<std::uint32_t>(v);
    std::sort(by_iri.begin(), by_iri.end(), [&](std::uint32_t a, std::uint32_t b) { return iris[a] < iris[b]; });
    iri_vertex_ = by_iri;
    std::vector<std::uint32_t> rank(n);
    for (std::size_t i = 0; i < n; ++i) rank[by_iri[i]] = static_cast<std::uint32_t>(i);

    const std::uint32_t founder = property("schema:founder"), works_for = property("schema:worksFor"),
                        funder = property("schema:funder"), parent = property("schema:parentOrganization"),
                        sub = property("schema:subOrganization"), creator = property("schema:creator");
    std::vector<std::uint32_t> own(kAllRelationTypes.size());
    for (RelationType t : kAllRelationTypes)
      own[static_cast<std::size_t>(t)] = property("inmaek:" + std::string(to_camel(t)));
    for (const auto& e : g.edges()) {
      const std::uint32_t s = e.source, o = e.target;
      links_.push_back({s, own[static_cast<std::size_t>(e.type)], rank[o]});
      switch (e.type) {
        case RelationType::Founded: links_.push_back({o, founder, rank[s]}); break;
        case RelationType::WorksFor: links_.push_back({s, works_for, rank[o]}); break;
        case RelationType::Invested: links_.push_back({o, funder, rank[s]}); break;
        case RelationType::SubsidiaryOf:
          links_.push_back({s, parent, rank[o]});
          links_.push_back({o, sub, rank[s]});
          break;
        case RelationType::Developed: links_.push_back({o, creator, rank[s]}); break;
        default: break;  // left, joined, acquired, partnered_with: no schema.org property
      }
    }
    std::sort(links_.begin(), links_.end());
    links_.erase(std::unique(links_.begin(), links_.end()), links_.end());
    links_.shrink_to_fit();
  }

  void key(std::string_view k) { w_.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())); }
  void str(std::string_view s) {
    if (is_valid_utf8(s)) {  // the usual case: no copy
      w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
      return;
    }
    const std::string clean = sanitize_utf8(s);
    w_.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
  }
  // A string known to be valid UTF-8 (made here from valid parts): as str(), without the check.
  void valid(std::string_view s) { w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
  // {"@id": v}, v valid UTF-8.
  void iri(std::string_view v) {
    w_.StartObject();
    key("@id"), valid(v);
    w_.EndObject();
  }
  void typed(std::string_view value, std::string_view type) {
    w_.StartObject();
    key("@value"), str(value);
    key("@type"), str(type);
    w_.EndObject();
  }
  // "name": "value", left out when value is empty.
  void field(std::string_view name, std::string_view value) {
    if (value.empty()) return;
    key(name), str(value);
  }

  void write_entity(const Entity& e, std::uint32_t v) {
    w_.StartObject();
    key("@id"), valid(names_.iris[v]);
    key("@type");
    w_.StartArray();
    valid(schema_type(e.type));
    valid("inmaek:" + std::string(to_string(e.type)));
    w_.EndArray();
    key("inmaek:entityId"), str(e.id);
    key("schema:name"), str(e.name.empty() ? e.id : e.name);
    if (!e.aliases.empty()) {
      key("schema:alternateName");
      w_.StartArray();
      for (const Alias& a : e.aliases) {
        if (valid_language(a.lang)) {
          w_.StartObject();
          key("@value"), str(a.text);
          key("@language"), str(a.lang);
          w_.EndObject();
        } else {
          str(a.text);
        }
      }
      w_.EndArray();
    }
    if (!e.wikidata.empty()) {
      key("schema:sameAs");
      iri(std::string(kWikidata) + percent_encode(e.wikidata));  // ASCII
    }
    auto link = std::lower_bound(links_.begin(), links_.end(), Link{v, 0, 0});
    while (link != links_.end() && link->entity == v) {
      const std::uint32_t property = link->property;
      key(properties_[property]);
      w_.StartArray();
      for (; link != links_.end() && link->entity == v && link->property == property; ++link)
        iri(names_.iris[iri_vertex_[link->target]]);
      w_.EndArray();
    }
    w_.EndObject();
  }

  void write_statement(const Relation& r) {
    const std::string_view name = to_string(r.type);
    w_.StartObject();
    std::string scratch;
    std::string id = names_.base;
    id += "stmt/";
    id += encoded_id(r.subject, scratch);
    id += '/';
    id += name;
    id += '/';
    id += encoded_id(r.object, scratch);
    key("@id"), valid(id);
    key("@type"), valid("rdf:Statement");
    key("rdf:subject"), iri(entity_iri(r.subject));
    key("rdf:predicate"), iri(names_.vocab + std::string(to_camel(r.type)));
    key("rdf:object"), iri(entity_iri(r.object));
    key("inmaek:relationType"), valid(name);
    if (!r.date.empty()) {
      key("inmaek:date");
      if (auto type = date_type(r.date); !type.empty())
        typed(r.date, type);  // str(): the date is checked only for its form
      else
        str(r.date);
    }
    if (r.amount) {
      key("inmaek:amount");
      w_.StartObject();
      key("@type"), str("schema:MonetaryAmount");
      field("schema:description", r.amount->text);
      if (r.amount->value != 0) key("schema:value"), typed(format_decimal(r.amount->value, 6), "xsd:decimal");
      field("schema:currency", r.amount->currency);
      w_.EndObject();
    }
    field("inmaek:role", r.role);
    key("inmaek:confidence"), typed(format_decimal(r.confidence, 6), "xsd:decimal");
    std::vector<const std::string*> docs;  // their IRIs, each once, in text order
    if (!r.evidence.empty()) {
      key("inmaek:evidence");
      w_.StartArray();
      for (const Evidence& ev : r.evidence) {
        w_.StartObject();
        key("@type"), valid("inmaek:Evidence");
        field("inmaek:quote", ev.sentence);
        if (!ev.doc_id.empty()) {
          const std::string& d = doc_iri(ev.doc_id);
          key("inmaek:document"), iri(d);
          docs.push_back(&d);
        }
        field("inmaek:source", ev.source);
        key("inmaek:begin"), w_.Uint64(ev.begin);
        key("inmaek:end"), w_.Uint64(ev.end);
        field("inmaek:rule", ev.rule);
        w_.EndObject();
      }
      w_.EndArray();
    }
    if (!docs.empty()) {
      std::sort(docs.begin(), docs.end(), [](const std::string* a, const std::string* b) { return *a < *b; });
      docs.erase(std::unique(docs.begin(), docs.end(), [](const std::string* a, const std::string* b) { return *a == *b; }),
                 docs.end());
      key("prov:wasDerivedFrom");
      w_.StartArray();
      for (const std::string* d : docs) iri(*d);
      w_.EndArray();
    }
    w_.EndObject();
  }

  template <typename>
  friend class Emitter;  // statements_text() writes statements with the Emitter of its writer

  W& w_;
  const JsonldOptions& opt_;
  const KnowledgeGraph& g_;
  const Names& names_;
  std::function<void(std::string_view)> raw_;
  std::function<void()> flush_;
  std::unordered_map<std::string, std::string> doc_iris_;  // document id -> IRI
  std::vector<std::string> properties_;  // every link property, sorted
  std::vector<std::uint32_t> iri_vertex_;  // vertices in IRI order
  std::vector<Link> links_;
};

// The writers of the file and of its parts: the same kind, set up the same way, both into a
// rapidjson::StringBuffer (rapidjson's fast path for strings, with RAPIDJSON_SSE2, is for
// Writer<StringBuffer> only).
using Buffer = rapidjson::StringBuffer;
using Pretty = rapidjson::PrettyWriter<Buffer>;
using Plain = rapidjson::Writer<Buffer>;
void set_up(Pretty& w) { w.SetIndent(' ', 1); }
void set_up(Plain&) {}

template <typename W>
std::size_t Emitter<W>::statements_text(const KnowledgeGraph& g, const JsonldOptions& opt, const Names& names,
                                        std::size_t begin, std::size_t end, rapidjson::StringBuffer& buf) {
  buf.Clear();
  W w(buf);
  set_up(w);
  w.StartObject();  // the file's nesting down to "@graph", and an element before the statements
  w.Key("@graph");
  w.StartArray();
  w.Null();
  const std::size_t at = buf.GetSize();
  Emitter<W> e(w, opt, g, names);
  for (std::size_t i = begin; i < end; ++i) e.write_statement(g.relation(i));
  return at;
}

// Writes the file through `buf`, handed to `out` whenever it holds kFlushAt bytes or more
// between two elements, and at the end.
template <typename W>
void emit(Buffer& buf, std::ostream& out, const KnowledgeGraph& g, const JsonldOptions& opt) {
  constexpr std::size_t kFlushAt = std::size_t{1} << 20;
  auto flush = [&] {
    out.write(buf.GetString(), static_cast<std::streamsize>(buf.GetSize()));
    buf.Clear();
  };
  W w(buf);
  set_up(w);
  const Names names(g, opt);
  Emitter<W> e(w, opt, g, names);
  e.set_raw_output([&](std::string_view text) {
    flush();
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
  });
  e.set_flush([&] {
    if (buf.GetSize() >= kFlushAt) flush();
  });
  e.write();
  flush();
}

}  // namespace

void write_jsonld(const KnowledgeGraph& g, std::ostream& out, const JsonldOptions& opt) {
  Buffer buf;
  if (opt.pretty)
    emit<Pretty>(buf, out, g, opt);
  else
    emit<Plain>(buf, out, g, opt);
  out << '\n';
}

}  // namespace inmaek::exporters
