# cmake -DINPUT=file -DOUTPUT=file.cpp -DSYMBOL=name -P embed.cmake
# Writes a C++ source defining `std::string_view inmaek::extract::SYMBOL()` with the file's bytes.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" n)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," body "${hex}")
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){32})" "\\1\n" body "${body}")
file(WRITE "${OUTPUT}.tmp" "// Generated from ${INPUT}; do not edit.\n#include <string_view>\nnamespace inmaek::extract {\nnamespace {\nconstexpr char kData[] = {\n${body}'\\0'};\n}\nstd::string_view ${SYMBOL}() { return {kData, sizeof(kData) - 1}; }\n}  // namespace inmaek::extract\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
