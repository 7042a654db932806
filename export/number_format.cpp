#include "export/number_format_internal.h"

#include <charconv>
#include <cmath>
#include <system_error>

namespace inmaek::exporters {

std::string format_significant(double v, int digits) {
  if (!std::isfinite(v)) return "0";
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, digits);
  if (ec != std::errc()) return "0";
  std::string out(buf, end);
  return out == "-0" ? "0" : out;
}

std::string format_decimal(double v, int decimals) {
  if (!std::isfinite(v)) return "0";
  char buf[400];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
  if (ec != std::errc()) return "0";
  std::string out(buf, end);
  if (out.find('.') != std::string::npos) {
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
  }
  return out == "-0" ? "0" : out;
}

}  // namespace inmaek::exporters
