#pragma once
// The inmaek command line: build, update, merge, stats and explain (tools/commands.h), with
// --help (also per command) and --version.
#include <iosfwd>
#include <string>
#include <vector>

namespace inmaek::tools {

using Args = std::vector<std::string>;

// Exit codes.
inline constexpr int kExitOk = 0;          // success
inline constexpr int kExitSkipped = 1;     // finished, but some inputs were skipped
inline constexpr int kExitUsage = 2;       // bad command line
inline constexpr int kExitIo = 3;          // output could not be written

// Runs the tool with args (without the program name). Data goes to `out`, messages to `err`.
// Throws nothing: errors are printed on one line and turned into an exit code.
int run(const Args& args, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace inmaek::tools
