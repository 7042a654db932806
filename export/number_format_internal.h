#pragma once
// Locale-independent number text for the writers, so output is byte-identical everywhere.
#include <string>

namespace inmaek::exporters {

// v with `digits` significant digits, shortest form ("0.85", "1.23457e-05", "3").
// Valid as an xsd:double and as a GraphML double. NaN and infinities become "0".
std::string format_significant(double v, int digits = 6);

// v as an xsd:decimal lexical form: plain digits, no exponent, at most `decimals` digits
// after the point, trailing zeros trimmed ("0.85", "1000000000", "-2.5"). NaN/inf -> "0".
std::string format_decimal(double v, int decimals = 6);

}  // namespace inmaek::exporters
