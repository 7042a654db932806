#pragma once
// What goes into extraction (a document) and what comes out (its entities and relations,
// local to the document until assemble() resolves them across documents).
#include <optional>
#include <string>
#include <vector>

#include "graph/entity.h"
#include "graph/relation.h"

namespace inmaek::extract {

struct Document {
  std::string id;         // stable id; content hash when empty (see document_id)
  std::string source;     // path or URL
  std::string text;       // the page as read (UTF-8; may hold boilerplate)
  std::string title;      // optional headline given separately (JSONL, HTML)
  std::string published;  // optional "YYYY-MM-DD" given separately
  std::string lang;       // "ko", "en" or "" (auto)
};

// A stable id for a document's content: 16 hex digits of a 64-bit FNV-1a hash.
std::string document_id(const std::string& text);

struct LocalEntity {
  std::string name;  // best full name seen
  EntityType type = EntityType::Organization;
  int lexicon = -1;  // lexicon entry, or -1 for a discovered name
  std::string wikidata;
  std::vector<Alias> names;  // every surface form seen in the document (and the lexicon's, if any)
};

struct LocalRelation {
  RelationType type = RelationType::Founded;
  int subject = -1;  // index into DocExtraction::entities
  int object = -1;
  std::string date;
  std::optional<Amount> amount;
  std::string role;
  double confidence = 0;
  Evidence evidence;
};

struct DocExtraction {
  std::string doc_id;
  std::string source;
  std::string published;  // "YYYY-MM-DD", "YYYY-MM" or ""
  std::size_t sentences = 0;
  std::vector<LocalEntity> entities;
  std::vector<LocalRelation> relations;
};

}  // namespace inmaek::extract
