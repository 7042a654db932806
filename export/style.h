#pragma once
// How each entity type looks, shared by the DOT writer (shape, fill) and the GraphML
// writer (Gephi's r, g, b node attributes), so both views use the same colours.
#include <string_view>

#include "graph/types.h"

namespace inmaek::exporters {

struct TypeStyle {
  std::string_view dot_shape;  // Graphviz node shape
  std::string_view fill;       // "#RRGGBB", the same colour as r, g, b
  int r = 0;
  int g = 0;
  int b = 0;
};

// Person: light-blue ellipse, Organization: orange box, Product: green hexagon.
constexpr TypeStyle style_of(EntityType t) {
  switch (t) {
    case EntityType::Person: return {"ellipse", "#A6CEE3", 166, 206, 227};
    case EntityType::Organization: return {"box", "#FDBF6F", 253, 191, 111};
    case EntityType::Product: return {"hexagon", "#B2DF8A", 178, 223, 138};
  }
  return {"ellipse", "#DDDDDD", 221, 221, 221};
}

}  // namespace inmaek::exporters
