#include "tools/state.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <istream>
#include <map>
#include <ostream>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "extract/lexicon.h"
#include "graph/error.h"

namespace inmaek::tools {
namespace {

using extract::DocExtraction;
using extract::LocalEntity;
using extract::LocalRelation;
using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void put(JsonWriter& w, const char* key, const std::string& value) {
  w.Key(key);
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void put_nonempty(JsonWriter& w, const char* key, const std::string& value) {
  if (!value.empty()) put(w, key, value);
}

void write_entity(JsonWriter& w, const LocalEntity& e, const extract::Lexicon& lexicon) {
  w.StartObject();
  put(w, "name", e.name);
  put(w, "type", std::string(to_string(e.type)));
  if (e.lexicon >= 0 && static_cast<std::size_t>(e.lexicon) < lexicon.entries().size())
    put(w, "lexicon", lexicon.entries()[static_cast<std::size_t>(e.lexicon)].canonical);
  put_nonempty(w, "wikidata", e.wikidata);
  w.Key("names");
  w.StartArray();
  for (const Alias& a : e.names) {
    w.StartArray();
    w.String(a.text.data(), static_cast<rapidjson::SizeType>(a.text.size()));
    w.String(a.lang.data(), static_cast<rapidjson::SizeType>(a.lang.size()));
    w.EndArray();
  }
  w.EndArray();
  w.EndObject();
}

void write_relation(JsonWriter& w, const LocalRelation& r, const DocExtraction& d) {
  w.StartObject();
  put(w, "type", std::string(to_string(r.type)));
  w.Key("subject");
  w.Int(r.subject);
  w.Key("object");
  w.Int(r.object);
  put_nonempty(w, "date", r.date);
  put_nonempty(w, "role", r.role);
  if (r.amount) {
    w.Key("amount");
    w.StartObject();
    put(w, "text", r.amount->text);
    w.Key("value");
    w.Double(r.amount->value);
    put(w, "currency", r.amount->currency);
    w.EndObject();
  }
  w.Key("confidence");
  w.Double(r.confidence);
  w.Key("evidence");
  w.StartObject();
  if (r.evidence.doc_id != d.doc_id) put(w, "doc_id", r.evidence.doc_id);
  if (r.evidence.source != d.source) put(w, "source", r.evidence.source);
  put(w, "sentence", r.evidence.sentence);
  w.Key("begin");
  w.Uint64(r.evidence.begin);
  w.Key("end");
  w.Uint64(r.evidence.end);
  put(w, "rule", r.evidence.rule);
  w.EndObject();
  w.EndObject();
}

// Field access that throws ParseError("where: what") on a missing field or a wrong type.
class Reader {
 public:
  explicit Reader(std::string where) : where_(std::move(where)) {}

  [[noreturn]] void fail(const std::string& what) const { throw ParseError(where_ + ": " + what); }

  const rapidjson::Value& field(const rapidjson::Value& o, const char* key) const {
    auto it = o.FindMember(key);
    if (it == o.MemberEnd()) fail(std::string("missing \"") + key + "\"");
    return it->value;
  }
  std::string str(const rapidjson::Value& o, const char* key, bool required = true) const {
    auto it = o.FindMember(key);
    if (it == o.MemberEnd()) {
      if (required) fail(std::string("missing \"") + key + "\"");
      return {};
    }
    if (!it->value.IsString()) fail(std::string("\"") + key + "\" must be a string");
    return {it->value.GetString(), it->value.GetStringLength()};
  }
  std::uint64_t uint(const rapidjson::Value& o, const char* key) const {
    const auto& v = field(o, key);
    if (!v.IsUint64()) fail(std::string("\"") + key + "\" must be a non-negative integer");
    return v.GetUint64();
  }
  double num(const rapidjson::Value& o, const char* key) const {
    const auto& v = field(o, key);
    if (!v.IsNumber()) fail(std::string("\"") + key + "\" must be a number");
    return v.GetDouble();
  }
  const rapidjson::Value& array(const rapidjson::Value& o, const char* key) const {
    const auto& v = field(o, key);
    if (!v.IsArray()) fail(std::string("\"") + key + "\" must be an array");
    return v;
  }

 private:
  std::string where_;
};

DocExtraction parse_document(const rapidjson::Value& o, const Reader& rd,
                             const std::map<std::string, int, std::less<>>& lexicon_index) {
  if (!o.IsObject()) rd.fail("expected a JSON object");
  DocExtraction d;
  d.doc_id = rd.str(o, "doc_id");
  if (d.doc_id.empty()) rd.fail("empty \"doc_id\"");
  d.source = rd.str(o, "source");
  d.published = rd.str(o, "published", false);
  d.sentences = rd.uint(o, "sentences");
  for (const auto& e : rd.array(o, "entities").GetArray()) {
    if (!e.IsObject()) rd.fail("an entity must be an object");
    LocalEntity le;
    le.name = rd.str(e, "name");
    auto type = parse_entity_type(rd.str(e, "type"));
    if (!type) rd.fail("unknown entity type \"" + rd.str(e, "type") + "\"");
    le.type = *type;
    const std::string canonical = rd.str(e, "lexicon", false);
    if (!canonical.empty()) {
      auto it = lexicon_index.find(canonical);
      le.lexicon = it == lexicon_index.end() ? -1 : it->second;
    }
    le.wikidata = rd.str(e, "wikidata", false);
    for (const auto& n : rd.array(e, "names").GetArray()) {
      if (!n.IsArray() || n.Size() != 2 || !n[0].IsString() || !n[1].IsString())
        rd.fail("a name must be [\"text\", \"lang\"]");
      le.names.push_back({{n[0].GetString(), n[0].GetStringLength()}, {n[1].GetString(), n[1].GetStringLength()}});
    }
    d.entities.push_back(std::move(le));
  }
  const auto nent = static_cast<std::int64_t>(d.entities.size());
  for (const auto& r : rd.array(o, "relations").GetArray()) {
    if (!r.IsObject()) rd.fail("a relation must be an object");
    LocalRelation lr;
    auto type = parse_relation_type(rd.str(r, "type"));
    if (!type) rd.fail("unknown relation type \"" + rd.str(r, "type") + "\"");
    lr.type = *type;
    const auto& s = rd.field(r, "subject");
    const auto& ob = rd.field(r, "object");
    if (!s.IsInt() || !ob.IsInt() || s.GetInt() < 0 || ob.GetInt() < 0 || s.GetInt() >= nent || ob.GetInt() >= nent)
      rd.fail("relation endpoints must be indexes into \"entities\"");
    lr.subject = s.GetInt();
    lr.object = ob.GetInt();
    lr.date = rd.str(r, "date", false);
    lr.role = rd.str(r, "role", false);
    if (r.HasMember("amount")) {
      const auto& a = r["amount"];
      if (!a.IsObject()) rd.fail("\"amount\" must be an object");
      lr.amount = Amount{rd.str(a, "text"), rd.num(a, "value"), rd.str(a, "currency")};
    }
    lr.confidence = rd.num(r, "confidence");
    const auto& ev = rd.field(r, "evidence");
    if (!ev.IsObject()) rd.fail("\"evidence\" must be an object");
    lr.evidence.doc_id = ev.HasMember("doc_id") ? rd.str(ev, "doc_id") : d.doc_id;
    lr.evidence.source = ev.HasMember("source") ? rd.str(ev, "source") : d.source;
    lr.evidence.sentence = rd.str(ev, "sentence");
    lr.evidence.begin = rd.uint(ev, "begin");
    lr.evidence.end = rd.uint(ev, "end");
    lr.evidence.rule = rd.str(ev, "rule");
    d.relations.push_back(std::move(lr));
  }
  return d;
}

// One line of a state file as JSON into `doc`; a parse error names the place and the byte.
void parse_line(rapidjson::Document& doc, std::string_view line, const Reader& rd) {
  doc.Parse<rapidjson::kParseFullPrecisionFlag>(line.data(), line.size());
  if (doc.HasParseError())
    rd.fail(std::string("malformed JSON at byte ") + std::to_string(doc.GetErrorOffset()) + ": " +
            rapidjson::GetParseError_En(doc.GetParseError()));
}

}  // namespace

void normalize_documents(std::vector<DocExtraction>& docs) {
  std::sort(docs.begin(), docs.end(), [](const DocExtraction& a, const DocExtraction& b) {
    return a.doc_id != b.doc_id ? a.doc_id < b.doc_id : a.source < b.source;
  });
  docs.erase(std::unique(docs.begin(), docs.end(),
                         [](const DocExtraction& a, const DocExtraction& b) { return a.doc_id == b.doc_id; }),
             docs.end());
}

std::string state_header(std::size_t documents) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartObject();
  put(w, "format", "inmaek-state");
  w.Key("version");
  w.Int(1);
  w.Key("documents");
  w.Uint64(documents);
  w.EndObject();
  return {buf.GetString(), buf.GetSize()};
}

std::string state_line(const DocExtraction& d, const extract::Lexicon& lexicon) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartObject();
  put(w, "doc_id", d.doc_id);
  put(w, "source", d.source);
  put_nonempty(w, "published", d.published);
  w.Key("sentences");
  w.Uint64(d.sentences);
  w.Key("entities");
  w.StartArray();
  for (const LocalEntity& e : d.entities) write_entity(w, e, lexicon);
  w.EndArray();
  w.Key("relations");
  w.StartArray();
  for (const LocalRelation& r : d.relations) write_relation(w, r, d);
  w.EndArray();
  w.EndObject();
  return {buf.GetString(), buf.GetSize()};
}

void write_state(const std::vector<DocExtraction>& given, const extract::Lexicon& lexicon, std::ostream& out) {
  const bool normalized =
      std::adjacent_find(given.begin(), given.end(), [](const DocExtraction& a, const DocExtraction& b) {
        return !(a.doc_id < b.doc_id);  // normalised: strictly increasing ids
      }) == given.end();
  std::vector<DocExtraction> copy;
  if (!normalized) {
    copy = given;
    normalize_documents(copy);
  }
  const std::vector<DocExtraction>& docs = normalized ? given : copy;
  out << state_header(docs.size()) << '\n';
  for (const DocExtraction& d : docs) out << state_line(d, lexicon) << '\n';
}

StateLineParser::StateLineParser(const extract::Lexicon& lexicon) {
  for (std::size_t i = 0; i < lexicon.entries().size(); ++i)
    lexicon_index_.emplace(lexicon.entries()[i].canonical, static_cast<int>(i));
}

DocExtraction StateLineParser::parse(std::string_view line, const std::string& where) const {
  const Reader rd(where);
  rapidjson::Document doc;
  parse_line(doc, line, rd);
  return parse_document(doc, rd, lexicon_index_);
}

void scan_state(std::istream& in, const std::string& name, const extract::Lexicon& lexicon,
                const std::function<void(DocExtraction&&, std::uint64_t, std::size_t)>& each) {
  const StateLineParser parser(lexicon);
  std::string line;
  std::size_t lineno = 0, count = 0;
  std::uint64_t expected = 0, offset = 0;
  bool header = false;
  for (; std::getline(in, line); offset += line.size() + 1) {
    ++lineno;
    const std::string where = name + ":" + std::to_string(lineno);
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (!header) {
      const Reader rd(where);
      rapidjson::Document doc;
      parse_line(doc, line, rd);
      if (!doc.IsObject() || rd.str(doc, "format", false) != "inmaek-state")
        rd.fail("not an inmaek state file (first line must be {\"format\":\"inmaek-state\",...})");
      if (rd.uint(doc, "version") != 1) rd.fail("unsupported state version " + std::to_string(rd.uint(doc, "version")));
      expected = rd.uint(doc, "documents");
      header = true;
      continue;
    }
    ++count;
    each(parser.parse(line, where), offset, line.size());
  }
  if (in.bad()) throw IoError(name + ": read error");
  if (!header) throw ParseError(name + ":1: empty state file");
  if (count != expected)
    throw ParseError(name + ":" + std::to_string(lineno) + ": truncated: the header announces " +
                     std::to_string(expected) + " documents, found " + std::to_string(count));
}

std::vector<DocExtraction> read_state(std::istream& in, const std::string& name, const extract::Lexicon& lexicon) {
  std::vector<DocExtraction> docs;
  scan_state(in, name, lexicon, [&](DocExtraction&& d, std::uint64_t, std::size_t) { docs.push_back(std::move(d)); });
  normalize_documents(docs);
  return docs;
}

std::string existing_state(const std::string& dir) {
  const std::string path = (std::filesystem::path(dir) / kStateFile).string();
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) throw IoError(dir + ": no such graph directory");
  if (!std::ifstream(path, std::ios::binary))
    throw IoError(path + ": no saved state (build the graph with inmaek 0.1 or later first)");
  return path;
}

std::vector<DocExtraction> load_state(const std::string& dir, const extract::Lexicon& lexicon) {
  const std::string path = existing_state(dir);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(path + ": no saved state (build the graph with inmaek 0.1 or later first)");
  return read_state(in, path, lexicon);
}

}  // namespace inmaek::tools
