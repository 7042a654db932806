#pragma once
// A node of the knowledge graph: a person, an organisation or a product.
#include <string>
#include <vector>

#include "graph/types.h"

namespace inmaek {

// One surface form of an entity. lang is "ko", "en" or "" when unknown.
struct Alias {
  std::string text;
  std::string lang;

  friend bool operator==(const Alias&, const Alias&) = default;
  friend auto operator<=>(const Alias&, const Alias&) = default;
};

struct Entity {
  std::string id;    // stable, derived from the canonical name (see make_entity_id)
  EntityType type = EntityType::Organization;
  std::string name;  // canonical name (English where known)
  std::vector<Alias> aliases;  // every other surface form, sorted and unique
  std::string wikidata;        // "Q95" or empty

  // Adds a surface form unless it equals the name or is already present; keeps aliases sorted.
  void add_alias(const std::string& text, const std::string& lang = "");
  // Every name: the canonical one first, then the aliases.
  std::vector<std::string> all_names() const;
};

// A stable id for a canonical name: lower-cased, NFC text kept, runs of spaces and
// punctuation folded to '-', e.g. "Sam Altman" -> "sam-altman", "코어 오토메이션" -> "코어-오토메이션".
// Never empty: a name without letters or digits gets "entity".
std::string make_entity_id(const std::string& name);

}  // namespace inmaek
