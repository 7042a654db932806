# Fails when a doctest binary has a test case whose name CTest cannot run on its own.
# doctest_discover_tests reads the names as a CMake list, so a ';' in a name splits it into names
# that match no test case, and CTest then "passes" a run of zero test cases.
# usage: cmake -DBIN=<test binary> -P check_test_names.cmake
execute_process(COMMAND "${BIN}" --list-test-cases --no-version OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${BIN} --list-test-cases failed (${rc})")
endif()
string(FIND "${out}" ";" at)
if(NOT at EQUAL -1)
  string(SUBSTRING "${out}" 0 ${at} before)
  string(FIND "${before}" "\n" line_start REVERSE)
  math(EXPR line_start "${line_start} + 1")
  string(SUBSTRING "${out}" ${line_start} 200 line)
  message(FATAL_ERROR "a test case name has a ';', which CTest splits into names that run nothing: ${line}")
endif()
