#include <iostream>

#include "tools/cli.h"

int main(int argc, char** argv) {
  inmaek::tools::Args args(argv + 1, argv + argc);
  return inmaek::tools::run(args, std::cin, std::cout, std::cerr);
}
