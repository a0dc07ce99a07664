# Project-wide settings: one INTERFACE target every target links, and the test helper.

add_library(fs_settings INTERFACE)
target_compile_options(fs_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    # GCC's name for "a local shadows a local"; clang (the fuzz preset) calls it -Wshadow-uncaptured-local
    $<IF:$<CXX_COMPILER_ID:Clang>,-Wshadow-uncaptured-local,-Wshadow=local>)
# Debug information names the build folder ".", not this clone's path: with CCACHE_NOHASHDIR
# (test.sh, run.sh) a clone in another folder then hits the same ccache entries.
target_compile_options(fs_settings INTERFACE -fdebug-prefix-map=${CMAKE_BINARY_DIR}=.)
if(FS_WARNINGS_AS_ERRORS)
    target_compile_options(fs_settings INTERFACE -Werror)
endif()
target_compile_definitions(fs_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# add_fs_test(NAME tst_cron SOURCES tst_cron.cpp LIBS fs_core [TIMEOUT 120])
# One executable per class or feature, run offscreen with asserts forced on.
function(add_fs_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE fs_settings Qt6::Test ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE QT_FORCE_ASSERTS
        FS_TEST_SOURCE_DIR="${CMAKE_CURRENT_SOURCE_DIR}")
    # tests/support/run-test.sh: a HOME of its own per run, and a skip reported as skipped (77).
    add_test(NAME ${T_NAME} COMMAND bash ${PROJECT_SOURCE_DIR}/tests/support/run-test.sh $<TARGET_FILE:${T_NAME}>)
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        SKIP_RETURN_CODE 77
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_FORCE_ASSERTS=1;LC_ALL=C.UTF-8")
endfunction()
