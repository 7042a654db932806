#pragma once
// The project's exception hierarchy. Thrown at the edges (files, rule parsing,
// command-line options); the message says what went wrong, where, and with what.
#include <stdexcept>
#include <string>

namespace inmaek {

struct Error : std::runtime_error {
  using std::runtime_error::runtime_error;
};
struct IoError : Error {  // a file or directory could not be read or written
  using Error::Error;
};
struct ParseError : Error {  // malformed data: "file:line: what is wrong"
  using Error::Error;
};
struct UsageError : Error {  // a bad command line
  using Error::Error;
};

}  // namespace inmaek
