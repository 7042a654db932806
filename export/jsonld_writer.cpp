#include "export/jsonld_writer.h"

#include <algorithm>
#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <ostream>
#include <set>
#include <string_view>
#include <thread>
#include <type_traits>
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

template <typename W>
class Emitter {
 public:
  Emitter(W& w, const JsonldOptions& opt) : w_(w), opt_(opt), vocab_(opt.base + "ns#") {}

  void write(const KnowledgeGraph& g) {
    make_links(g);

    w_.StartObject();
    key("@context");
    w_.StartObject();
    key("inmaek"), str(vocab_);
    key("prov"), str(kProv);
    key("rdf"), str(kRdf);
    key("schema"), str(kSchema);
    key("xsd"), str(kXsd);
    w_.EndObject();
    key("@graph");
    w_.StartArray();
    for (const Entity* e : g.entities()) write_entity(*e, *g.vertex(e->id));
    if (opt_.statements) {
      if (raw_ && opt_.threads > 1 && g.entity_count() > 0 && g.relation_count() > kChunk)
        write_statements_in_parallel(g);
      else
        g.for_each_relation([&](const Relation& r) { write_statement(r); });
    }
    w_.EndArray();
    w_.EndObject();
  }

  // Where write_statements_in_parallel() puts the text of statements formatted on other
  // threads: straight into the stream under the writer.
  void set_raw_output(std::function<void(std::string_view)> raw) { raw_ = std::move(raw); }

  // Statements [begin, end) as they follow other elements of "@graph" in the whole file: each
  // with its separator (",", and with pretty printing a newline and the indent of its depth).
  // Written to `buf` (cleared first) from the returned offset on.
  static std::size_t statements_text(const KnowledgeGraph& g, const JsonldOptions& opt, std::size_t begin, std::size_t end,
                                     rapidjson::StringBuffer& buf);

 private:
  static constexpr std::size_t kChunk = 1024;  // statements per task

  // The statements in rounds of `threads` chunks, each formatted into a string by a writer of
  // the same kind at the same depth (statements_text), then written in order. Requires an
  // element before them in "@graph" (an entity), so that every statement has its separator and
  // the writer's own state (a non-empty array) is what it would have been.
  void write_statements_in_parallel(const KnowledgeGraph& g) {
    const std::size_t n = g.relation_count();
    const std::size_t threads = opt_.threads;
    std::vector<rapidjson::StringBuffer> texts(threads);  // (reused: their capacity stays)
    std::vector<std::size_t> at(threads);
    std::vector<std::exception_ptr> errors(threads);
    for (std::size_t round = 0; round < n; round += threads * kChunk) {
      auto chunk = [&](std::size_t j) {
        try {
          const std::size_t begin = std::min(n, round + j * kChunk), end = std::min(n, begin + kChunk);
          at[j] = statements_text(g, opt_, begin, end, texts[j]);
        } catch (...) {
          errors[j] = std::current_exception();
        }
      };
      std::vector<std::thread> pool;
      for (std::size_t j = 1; j < threads; ++j) pool.emplace_back(chunk, j);
      chunk(0);
      for (std::thread& t : pool) t.join();
      for (std::size_t j = 0; j < threads; ++j) {
        if (errors[j]) std::rethrow_exception(errors[j]);
        raw_(std::string_view(texts[j].GetString() + at[j], texts[j].GetSize() - at[j]));
      }
    }
  }

  std::string entity_iri(std::string_view id) const { return opt_.base + "id/" + percent_encode(id); }
  std::string doc_iri(std::string_view id) const { return opt_.base + "doc/" + percent_encode(id); }

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
    iris_.resize(n);
    for (std::size_t v = 0; v < n; ++v) iris_[v] = entity_iri(g.entity(static_cast<std::uint32_t>(v)).id);
    std::vector<std::uint32_t> by_iri(n);
    for (std::size_t v = 0; v < n; ++v) by_iri[v] = static_cast<std::uint32_t>(v);
    std::sort(by_iri.begin(), by_iri.end(), [&](std::uint32_t a, std::uint32_t b) { return iris_[a] < iris_[b]; });
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
  void iri(std::string_view v) {
    w_.StartObject();
    key("@id"), str(v);
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
    key("@id"), str(entity_iri(e.id));
    key("@type");
    w_.StartArray();
    str(schema_type(e.type));
    str("inmaek:" + std::string(to_string(e.type)));
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
      iri(std::string(kWikidata) + percent_encode(e.wikidata));
    }
    auto link = std::lower_bound(links_.begin(), links_.end(), Link{v, 0, 0});
    while (link != links_.end() && link->entity == v) {
      const std::uint32_t property = link->property;
      key(properties_[property]);
      w_.StartArray();
      for (; link != links_.end() && link->entity == v && link->property == property; ++link)
        iri(iris_[iri_vertex_[link->target]]);
      w_.EndArray();
    }
    w_.EndObject();
  }

  void write_statement(const Relation& r) {
    const std::string name(to_string(r.type));
    w_.StartObject();
    key("@id"), str(opt_.base + "stmt/" + percent_encode(r.subject) + "/" + name + "/" + percent_encode(r.object));
    key("@type"), str("rdf:Statement");
    key("rdf:subject"), iri(entity_iri(r.subject));
    key("rdf:predicate"), iri(vocab_ + std::string(to_camel(r.type)));
    key("rdf:object"), iri(entity_iri(r.object));
    key("inmaek:relationType"), str(name);
    if (!r.date.empty()) {
      key("inmaek:date");
      if (auto type = date_type(r.date); !type.empty())
        typed(r.date, type);
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
    std::set<std::string> docs;
    if (!r.evidence.empty()) {
      key("inmaek:evidence");
      w_.StartArray();
      for (const Evidence& ev : r.evidence) {
        w_.StartObject();
        key("@type"), str("inmaek:Evidence");
        field("inmaek:quote", ev.sentence);
        if (!ev.doc_id.empty()) {
          key("inmaek:document"), iri(doc_iri(ev.doc_id));
          docs.insert(doc_iri(ev.doc_id));
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
      key("prov:wasDerivedFrom");
      w_.StartArray();
      for (const auto& d : docs) iri(d);
      w_.EndArray();
    }
    w_.EndObject();
  }

  template <typename>
  friend class Emitter;  // statements_text() writes statements with the Emitter of its writer

  W& w_;
  const JsonldOptions& opt_;
  std::function<void(std::string_view)> raw_;
  std::string vocab_;
  std::vector<std::string> properties_;  // every link property, sorted
  std::vector<std::string> iris_;        // by vertex
  std::vector<std::uint32_t> iri_vertex_;  // vertices in IRI order
  std::vector<Link> links_;
};

// A rapidjson output stream that fills a buffer and hands it to the std::ostream in large
// writes (rapidjson::OStreamWrapper calls ostream::put once per character).
class BufferedOStream {
 public:
  using Ch = char;
  explicit BufferedOStream(std::ostream& out) : out_(out) {}
  BufferedOStream(const BufferedOStream&) = delete;
  BufferedOStream& operator=(const BufferedOStream&) = delete;
  ~BufferedOStream() { Flush(); }
  void Put(char c) {
    if (size_ == kCapacity) Flush();
    buf_[size_++] = c;
  }
  void Flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(size_));
    size_ = 0;
  }
  void Write(std::string_view s) {
    if (size_ + s.size() > kCapacity) Flush();
    if (s.size() >= kCapacity) {
      out_.write(s.data(), static_cast<std::streamsize>(s.size()));
      return;
    }
    std::copy(s.begin(), s.end(), buf_.begin() + static_cast<std::ptrdiff_t>(size_));
    size_ += s.size();
  }

 private:
  static constexpr std::size_t kCapacity = std::size_t{1} << 16;
  std::ostream& out_;
  std::vector<char> buf_ = std::vector<char>(kCapacity);
  std::size_t size_ = 0;
};

// The writers of the file and of its parts: the same kind, set up the same way.
template <typename Stream>
using Pretty = rapidjson::PrettyWriter<Stream>;
template <typename Stream>
using Plain = rapidjson::Writer<Stream>;
template <typename Stream>
void set_up(Pretty<Stream>& w) {
  w.SetIndent(' ', 1);
}
template <typename Stream>
void set_up(Plain<Stream>&) {}

template <typename W>
std::size_t Emitter<W>::statements_text(const KnowledgeGraph& g, const JsonldOptions& opt, std::size_t begin, std::size_t end,
                                        rapidjson::StringBuffer& buf) {
  using Part = std::conditional_t<std::is_same_v<W, Pretty<BufferedOStream>>, Pretty<rapidjson::StringBuffer>,
                                  Plain<rapidjson::StringBuffer>>;
  buf.Clear();
  Part w(buf);
  set_up(w);
  w.StartObject();  // the file's nesting down to "@graph", and an element before the statements
  w.Key("@graph");
  w.StartArray();
  w.Null();
  const std::size_t at = buf.GetSize();
  Emitter<Part> e(w, opt);
  for (std::size_t i = begin; i < end; ++i) e.write_statement(g.relation(i));
  return at;
}

template <typename W>
void emit(W& w, BufferedOStream& os, const KnowledgeGraph& g, const JsonldOptions& opt) {
  set_up(w);
  Emitter<W> e(w, opt);
  e.set_raw_output([&](std::string_view text) { os.Write(text); });
  e.write(g);
}

}  // namespace

void write_jsonld(const KnowledgeGraph& g, std::ostream& out, const JsonldOptions& opt) {
  {
    BufferedOStream os(out);
    if (opt.pretty) {
      Pretty<BufferedOStream> w(os);
      emit(w, os, g, opt);
    } else {
      Plain<BufferedOStream> w(os);
      emit(w, os, g, opt);
    }
  }
  out << '\n';
}

}  // namespace inmaek::exporters
