#pragma once
// Ego networks: the part of a graph around one entity, for `--focus NAME --depth K`.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace inmaek {

class KnowledgeGraph;

// Ids of the entities whose canonical name or one of whose aliases equals `name`, ignoring
// ASCII case and surrounding spaces; sorted. Empty when none matches.
std::vector<std::string> find_entities_by_name(const KnowledgeGraph& g, std::string_view name);

// The subgraph of every entity within `depth` undirected hops of one of `seeds` (entity ids;
// unknown ids are ignored), with every relation between two kept entities. depth 0 keeps the
// seeds alone. The result is built in id order, so it is the same on every run.
KnowledgeGraph ego_network(const KnowledgeGraph& g, const std::vector<std::string>& seeds, std::size_t depth = 1);

}  // namespace inmaek
