#pragma once
// Text escaping for the export formats. JSON escaping is RapidJSON's; every writer first
// passes text through sanitize_utf8 so that no format ever sees a broken byte sequence.
#include <string>
#include <string_view>

namespace inmaek::exporters {

// The text with every invalid UTF-8 sequence removed: stray continuation bytes, truncated
// sequences, overlong forms, surrogates (U+D800..U+DFFF) and code points above U+10FFFF.
// Valid text comes back unchanged.
std::string sanitize_utf8(std::string_view s);

// True when sanitize_utf8(s) == s (every byte belongs to a valid UTF-8 sequence); no copy.
bool is_valid_utf8(std::string_view s);

// sanitize_utf8, then drops the code points XML 1.0 forbids: C0 controls other than
// tab, LF and CR, and U+FFFE / U+FFFF. Tab, LF and CR are kept.
std::string strip_xml_forbidden(std::string_view s);

// Text safe for XML 1.0 character data and for attribute values in either quote style:
// strip_xml_forbidden, then & < > " ' become entities, and tab, LF and CR become character
// references (&#9; &#10; &#13;) so that attribute-value normalisation cannot eat them.
std::string escape_xml(std::string_view s);

// The inside of a double-quoted DOT string (the caller adds the quotes): sanitize_utf8;
// '\' becomes "\\" (so a trailing backslash cannot escape the closing quote and Graphviz
// shows one backslash); '"' becomes "\""; LF becomes "\n" (a centred line break in labels);
// CR followed by LF is one line break, a lone CR is dropped; tab becomes a space; other
// control characters (C0, DEL, C1) are removed. With label = true, '&' also becomes "&amp;",
// because Graphviz decodes HTML entities such as "&lt;" inside ordinary labels.
std::string escape_dot(std::string_view s, bool label = false);

// The id as one IRI path segment: every byte other than ASCII letters, digits and "-._~" is
// percent-encoded (%XX, upper-case), after sanitize_utf8.
std::string percent_encode(std::string_view s);

}  // namespace inmaek::exporters
