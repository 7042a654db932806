#include "graph/relation.h"

#include <algorithm>
#include <tuple>

namespace inmaek {
namespace {

// A more specific date (longer) wins; between equals, the earlier one.
bool better_date(const std::string& a, const std::string& b) {
  if (a.empty()) return false;
  if (b.empty()) return true;
  if (a.size() != b.size()) return a.size() > b.size();
  return a < b;
}

bool better_text(const std::string& a, const std::string& b) {
  if (a.empty()) return false;
  if (b.empty()) return true;
  return a < b;
}

}  // namespace

void merge_relation(Relation& into, const Relation& other) {
  if (better_date(other.date, into.date)) into.date = other.date;
  if (better_text(other.role, into.role)) into.role = other.role;
  if (other.amount) {
    if (!into.amount ||
        std::tie(other.amount->value, other.amount->text) > std::tie(into.amount->value, into.amount->text))
      into.amount = other.amount;
  }
  into.confidence = std::max(into.confidence, other.confidence);
  if (other.evidence.empty()) return;
  std::vector<Evidence> merged;
  merged.reserve(into.evidence.size() + other.evidence.size());
  std::merge(into.evidence.begin(), into.evidence.end(), other.evidence.begin(), other.evidence.end(),
             std::back_inserter(merged));
  merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
  into.evidence = std::move(merged);
}

}  // namespace inmaek
