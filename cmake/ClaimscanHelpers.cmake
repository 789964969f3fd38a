# claimscan_stage(NAME SOURCES ... DEPS ...)
# One pipeline stage = one internal static library `claimscan_<NAME>` built from src/<NAME>/.
# DEPS names the earlier stages it may use: data flows one way, and the link graph enforces it.
function(claimscan_stage name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;LIBS" ${ARGN})
  add_library(claimscan_${name} STATIC ${ARG_SOURCES})
  target_include_directories(claimscan_${name}
    PUBLIC $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
           $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/src>)
  foreach(dep IN LISTS ARG_DEPS)
    target_link_libraries(claimscan_${name} PUBLIC claimscan_${dep})
  endforeach()
  target_link_libraries(claimscan_${name} PUBLIC ${ARG_LIBS})
  set_property(GLOBAL APPEND PROPERTY CLAIMSCAN_STAGES claimscan_${name})
endfunction()

# claimscan_test(NAME SOURCES ... LIBS ...): a GoogleTest executable registered with CTest.
# Tests find the bundled example articles and data through these definitions, never ../shared.
function(claimscan_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} GTest::gtest GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE
    CLAIMSCAN_TEST_EXAMPLES_DIR="${PROJECT_SOURCE_DIR}/examples/articles"
    CLAIMSCAN_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/data"
    CLAIMSCAN_TEST_FIXTURES_DIR="${PROJECT_SOURCE_DIR}/tests/fixtures")
  include(GoogleTest)
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES LABELS "${ARG_LABELS}")
endfunction()
