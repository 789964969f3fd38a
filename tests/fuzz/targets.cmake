# The fuzz targets, shared by tests/fuzz/ (libFuzzer executables, clang, CLAIMSCAN_FUZZ) and
# tests/robustness/ (the same sources with replay_main.cc, run by CTest in every build).
# Each target <name> is tests/fuzz/<name>_fuzzer.cc; its seeds are tests/fuzz/corpus/<name>/,
# its crash inputs tests/fuzz_regressions/<name>/.
set(CLAIMSCAN_FUZZ_TARGETS article tag gazetteer compare json capi)

set(CLAIMSCAN_FUZZ_LIBS_article claimscan_engine)
set(CLAIMSCAN_FUZZ_LIBS_tag claimscan_engine)
set(CLAIMSCAN_FUZZ_LIBS_gazetteer claimscan_engine)
set(CLAIMSCAN_FUZZ_LIBS_compare claimscan_engine)
set(CLAIMSCAN_FUZZ_LIBS_json claimscan_common)
set(CLAIMSCAN_FUZZ_LIBS_capi claimscan_shared)

# Article-shaped targets also start from the bundled example articles.
set(CLAIMSCAN_FUZZ_SEEDS_article ${PROJECT_SOURCE_DIR}/examples/articles)
set(CLAIMSCAN_FUZZ_SEEDS_tag ${PROJECT_SOURCE_DIR}/examples/articles)
set(CLAIMSCAN_FUZZ_SEEDS_compare ${PROJECT_SOURCE_DIR}/examples/articles)
set(CLAIMSCAN_FUZZ_SEEDS_capi ${PROJECT_SOURCE_DIR}/examples/articles)

# claimscan_fuzz_executable(TARGET name SOURCES...): the target with the libraries, include
# paths and data folder fuzz target `name` needs.
function(claimscan_fuzz_executable target name)
  add_executable(${target} ${PROJECT_SOURCE_DIR}/tests/fuzz/${name}_fuzzer.cc ${ARGN})
  target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/tests/fuzz
                                                ${PROJECT_SOURCE_DIR}/include
                                                ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(${target} PRIVATE ${CLAIMSCAN_FUZZ_LIBS_${name}})
  target_compile_definitions(${target} PRIVATE
    CLAIMSCAN_FUZZ_DATA_DIR="${PROJECT_SOURCE_DIR}/data")
endfunction()
