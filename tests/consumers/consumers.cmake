# Real-consumer tests for the exporters: inmaek_export_fixture writes the sample graphs
# (tests/export/sample_graphs.h) in every format, then xmllint, networkx, igraph, Graphviz,
# rdflib and Oxigraph read them back (check_outputs.py, oxigraph_check.mjs).
# Included from tests/CMakeLists.txt, so paths are relative to tests/.

# The export tests round-trip GraphML through Boost's read_graphml, which lives in libboost_graph.
find_package(Boost 1.74 REQUIRED COMPONENTS graph)
if(TARGET inmaek_export_tests)
  target_link_libraries(inmaek_export_tests PRIVATE Boost::graph)
endif()

set(_consumers_src ${CMAKE_CURRENT_SOURCE_DIR}/consumers)
set(_consumers_out ${CMAKE_CURRENT_BINARY_DIR}/consumers-out)
set(_consumers_node ${CMAKE_BINARY_DIR}/consumers-node)  # holds node_modules/oxigraph
set(INMAEK_PYTHON /usr/bin/python3 CACHE FILEPATH "Python with networkx, igraph and rdflib (Debian packages)")

add_executable(inmaek_export_fixture ${_consumers_src}/export_fixture.cpp)
target_link_libraries(inmaek_export_fixture PRIVATE inmaek::export inmaek::graph)
target_include_directories(inmaek_export_fixture PRIVATE ${RAPIDJSON_INCLUDE_DIR})
inmaek_set_warnings(inmaek_export_fixture)

add_test(NAME consumers/fixture COMMAND inmaek_export_fixture ${_consumers_out})
set_tests_properties(consumers/fixture PROPERTIES FIXTURES_SETUP export_outputs LABELS consumers)

# Oxigraph from npm, installed once into the build directory (the registry must be reachable
# the first time). Fails with a clear message when npm is missing.
add_test(NAME consumers/oxigraph_install
  COMMAND ${CMAKE_COMMAND} -DPREFIX=${_consumers_node} -DVERSION=0.5 -P ${_consumers_src}/install_oxigraph.cmake)
set_tests_properties(consumers/oxigraph_install PROPERTIES FIXTURES_SETUP oxigraph LABELS consumers TIMEOUT 600)

foreach(case realistic hostile large)
  set(_dir ${_consumers_out}/${case})
  foreach(section graphml dot jsonld)
    add_test(NAME consumers/${section}_${case}
      COMMAND ${INMAEK_PYTHON} ${_consumers_src}/check_outputs.py ${_dir} --expected ${_dir}/expected.json --only ${section})
    set_tests_properties(consumers/${section}_${case} PROPERTIES FIXTURES_REQUIRED export_outputs LABELS consumers)
  endforeach()
  add_test(NAME consumers/oxigraph_${case}
    COMMAND ${INMAEK_PYTHON} ${_consumers_src}/check_outputs.py ${_dir} --expected ${_dir}/expected.json
            --only oxigraph --oxigraph-modules ${_consumers_node})
  set_tests_properties(consumers/oxigraph_${case} PROPERTIES FIXTURES_REQUIRED "export_outputs;oxigraph" LABELS consumers)
endforeach()

# The evaluation scorer reads our GraphML (label/type/aliases, relation) and JSON-LD without error.
set(_score ${PROJECT_SOURCE_DIR}/../shared/eval/score.py)
set(_gold ${PROJECT_SOURCE_DIR}/../shared/eval/seeds-gold.json)
if(EXISTS ${_score} AND EXISTS ${_gold})
  add_test(NAME consumers/score_py
    COMMAND ${INMAEK_PYTHON} ${_score} ${_gold} ${_consumers_out}/realistic/graph.graphml
            --jsonld ${_consumers_out}/realistic/graph.jsonld)
  set_tests_properties(consumers/score_py PROPERTIES FIXTURES_REQUIRED export_outputs LABELS consumers
    FAIL_REGULAR_EXPRESSION "Traceback|Error")
endif()
