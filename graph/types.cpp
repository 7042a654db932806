#include "graph/types.h"

namespace inmaek {

std::string_view to_string(EntityType t) {
  switch (t) {
    case EntityType::Person: return "Person";
    case EntityType::Organization: return "Organization";
    case EntityType::Product: return "Product";
  }
  return "Organization";
}

std::string_view to_string(RelationType t) {
  switch (t) {
    case RelationType::Founded: return "founded";
    case RelationType::Left: return "left";
    case RelationType::Joined: return "joined";
    case RelationType::Invested: return "invested";
    case RelationType::Developed: return "developed";
    case RelationType::WorksFor: return "works_for";
    case RelationType::Acquired: return "acquired";
    case RelationType::SubsidiaryOf: return "subsidiary_of";
    case RelationType::PartneredWith: return "partnered_with";
  }
  return "founded";
}

std::string_view to_camel(RelationType t) {
  switch (t) {
    case RelationType::WorksFor: return "worksFor";
    case RelationType::SubsidiaryOf: return "subsidiaryOf";
    case RelationType::PartneredWith: return "partneredWith";
    default: return to_string(t);
  }
}

std::optional<EntityType> parse_entity_type(std::string_view s) {
  for (EntityType t : kAllEntityTypes)
    if (to_string(t) == s) return t;
  return std::nullopt;
}

std::optional<RelationType> parse_relation_type(std::string_view s) {
  for (RelationType t : kAllRelationTypes)
    if (to_string(t) == s) return t;
  return std::nullopt;
}

bool allows(RelationType t, EntityType s, EntityType o) {
  using E = EntityType;
  const bool s_agent = s == E::Person || s == E::Organization;
  switch (t) {
    case RelationType::Founded:
    case RelationType::Invested: return s_agent && o == E::Organization;
    case RelationType::Left:
    case RelationType::Joined:
    case RelationType::WorksFor: return s == E::Person && o == E::Organization;
    case RelationType::Developed: return s_agent && o == E::Product;
    case RelationType::Acquired: return s == E::Organization && o != E::Person;
    case RelationType::SubsidiaryOf:
    case RelationType::PartneredWith: return s == E::Organization && o == E::Organization;
  }
  return false;
}

}  // namespace inmaek
