#pragma once
// An immutable string whose copies share one buffer. Evidence quotes, sources, document ids
// and rule ids recur across the relations of a large graph; held as SharedText each costs one
// pointer per record instead of a string (issue 5).
#include <compare>
#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace inmaek {

class SharedText {
 public:
  SharedText() = default;
  // Implicit, so that a SharedText field takes a string as a std::string field does.
  SharedText(std::string s)  // NOLINT(google-explicit-constructor)
      : p_(s.empty() ? nullptr : std::make_shared<const std::string>(std::move(s))) {}
  SharedText(const char* s) : SharedText(std::string(s)) {}              // NOLINT(google-explicit-constructor)
  SharedText(std::string_view s) : SharedText(std::string(s)) {}         // NOLINT(google-explicit-constructor)

  const std::string& str() const { return p_ ? *p_ : empty_string(); }
  operator const std::string&() const { return str(); }  // NOLINT(google-explicit-constructor)
  operator std::string_view() const { return str(); }     // NOLINT(google-explicit-constructor)
  std::string_view view() const { return str(); }
  std::size_t size() const { return str().size(); }
  bool empty() const { return str().empty(); }
  const char* data() const { return str().data(); }
  // True when both share one buffer (then they are equal without comparing characters).
  bool shares(const SharedText& o) const { return p_ && p_ == o.p_; }

  friend bool operator==(const SharedText& a, const SharedText& b) { return a.shares(b) || a.str() == b.str(); }
  friend std::strong_ordering operator<=>(const SharedText& a, const SharedText& b) {
    if (a.shares(b)) return std::strong_ordering::equal;
    return a.str().compare(b.str()) <=> 0;
  }
  friend bool operator==(const SharedText& a, const std::string& b) { return a.str() == b; }
  friend bool operator==(const SharedText& a, const char* b) { return a.str() == b; }
  friend std::ostream& operator<<(std::ostream& out, const SharedText& t) { return out << t.str(); }

 private:
  static const std::string& empty_string() {
    static const std::string kEmpty;
    return kEmpty;
  }
  std::shared_ptr<const std::string> p_;  // null for the empty string
};

}  // namespace inmaek
