#pragma once
// The text of `inmaek stats` and `inmaek explain`: plain, sorted, stable across runs.
#include <cstddef>
#include <string>
#include <vector>

#include "extract/document.h"

namespace inmaek {
class KnowledgeGraph;
}

namespace inmaek::tools {

// Documents and sentences read, entities per type, relations per type, evidence quotes, the
// `top` entities by PageRank and by degree, and the entities with the most aliases merged.
std::string stats_report(const KnowledgeGraph& g, const std::vector<extract::DocExtraction>& docs, std::size_t top = 10);

// Every relation of the entity `id`, outgoing and incoming, each with its date, amount, role
// and confidence and every evidence quote with its source, publication date and document id.
std::string explain_report(const KnowledgeGraph& g, const std::vector<extract::DocExtraction>& docs,
                           const std::string& id);

// Entity names that contain `name` (ASCII case-insensitive), at most `limit`, for "did you mean".
std::vector<std::string> similar_names(const KnowledgeGraph& g, const std::string& name, std::size_t limit = 5);

}  // namespace inmaek::tools
