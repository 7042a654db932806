#pragma once
// Writing output files so that a reader never sees a half-written one.
#include <functional>
#include <iosfwd>
#include <string>

namespace inmaek::tools {

// Writes `path` by calling `fill` on a stream to `path.tmp.<pid>` in the same directory,
// flushing, fsync-ing and renaming it over `path`. On any failure the temporary file is
// removed, `path` is left as it was, and IoError names the file.
void write_atomically(const std::string& path, const std::function<void(std::ostream&)>& fill);

// Creates `dir` (and parents) if needed and checks that a file can be created in it.
// Throws IoError naming the directory when it cannot be written.
void ensure_writable_dir(const std::string& dir);

}  // namespace inmaek::tools
