# cmake -DPREFIX=DIR -DVERSION=0.5 -P install_oxigraph.cmake
# Installs the npm package oxigraph@VERSION into PREFIX/node_modules unless it is already there.
if(EXISTS ${PREFIX}/node_modules/oxigraph/package.json)
  message(STATUS "oxigraph already installed in ${PREFIX}")
  return()
endif()
find_program(NPM npm)
if(NOT NPM)
  message(FATAL_ERROR "npm not found: install Debian's npm, or run `npm install --prefix ${PREFIX} oxigraph@${VERSION}` elsewhere")
endif()
file(MAKE_DIRECTORY ${PREFIX})
execute_process(COMMAND ${NPM} install --no-audit --no-fund --prefix ${PREFIX} oxigraph@${VERSION}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "npm install oxigraph@${VERSION} failed (${rc}):\n${out}\n${err}")
endif()
message(STATUS "installed oxigraph@${VERSION} into ${PREFIX}")
