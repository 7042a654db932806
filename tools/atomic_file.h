#pragma once
// Writing output files so that a reader never sees a half-written one.
#include <functional>
#include <iosfwd>
#include <string>

namespace inmaek::tools {

// Writes `path` by calling `fill` on a stream to a temporary file in the same directory
// (unnamed via O_TMPFILE where supported, else `path.tmp.<pid>`), fsync-ing it and renaming it
// over `path`. Readers see the old file or the complete new one, never a partial one, even if
// the process is killed. On failure (fill throws, disk full) the temporary is removed, `path`
// is left as it was, and the exception propagates (IoError naming the file for I/O errors).
// Temporaries `path.tmp.<pid>` left by processes that no longer exist are removed first.
void write_atomically(const std::string& path, const std::function<void(std::ostream&)>& fill);

// Creates `dir` (and parents) if needed and checks that a file can be created in it.
// Throws IoError naming the directory when it cannot be written.
void ensure_writable_dir(const std::string& dir);

}  // namespace inmaek::tools
