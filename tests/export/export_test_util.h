#pragma once
// Helpers shared by the export tests.
#include <fstream>
#include <sstream>
#include <string>

#include "export/dot_writer.h"
#include "export/graphml_writer.h"
#include "export/jsonld_writer.h"
#include "graph/knowledge_graph.h"

namespace inmaek::testing {

inline std::string graphml_of(const KnowledgeGraph& g, const exporters::GraphmlOptions& opt = {}) {
  std::ostringstream out;
  exporters::write_graphml(g, out, opt);
  return out.str();
}

inline std::string dot_of(const KnowledgeGraph& g, const exporters::DotOptions& opt = {}) {
  std::ostringstream out;
  exporters::write_dot(g, out, opt);
  return out.str();
}

inline std::string jsonld_of(const KnowledgeGraph& g, const exporters::JsonldOptions& opt = {}) {
  std::ostringstream out;
  exporters::write_jsonld(g, out, opt);
  return out.str();
}

inline bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace inmaek::testing
