#pragma once
// Entity and relation vocabularies of ANNOTATION.md, with their names.
#include <array>
#include <optional>
#include <string_view>

namespace inmaek {

enum class EntityType { Person, Organization, Product };

enum class RelationType {
  Founded,
  Left,
  Joined,
  Invested,
  Developed,
  WorksFor,
  Acquired,
  SubsidiaryOf,
  PartneredWith,
};

inline constexpr std::array<RelationType, 9> kAllRelationTypes = {
    RelationType::Founded,  RelationType::Left,         RelationType::Joined,
    RelationType::Invested, RelationType::Developed,    RelationType::WorksFor,
    RelationType::Acquired, RelationType::SubsidiaryOf, RelationType::PartneredWith};

inline constexpr std::array<EntityType, 3> kAllEntityTypes = {
    EntityType::Person, EntityType::Organization, EntityType::Product};

// "Person", "Organization", "Product".
std::string_view to_string(EntityType t);
// "founded", "left", ..., "works_for", "subsidiary_of", "partnered_with" (ANNOTATION.md names).
std::string_view to_string(RelationType t);
// camelCase form used in RDF IRIs: "worksFor", "subsidiaryOf", "partneredWith".
std::string_view to_camel(RelationType t);

// Parse the names above (case-sensitive); nullopt if unknown.
std::optional<EntityType> parse_entity_type(std::string_view s);
std::optional<RelationType> parse_relation_type(std::string_view s);

// partnered_with is symmetric: its endpoints are stored in id order.
inline constexpr bool is_symmetric(RelationType t) { return t == RelationType::PartneredWith; }

// The (subject type, object type) pairs ANNOTATION.md allows for a relation.
bool allows(RelationType t, EntityType subject, EntityType object);

}  // namespace inmaek
