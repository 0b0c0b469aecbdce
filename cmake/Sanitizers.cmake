# The checking builds (scripts/sanitize, build-sanitize/): AddressSanitizer with
# UndefinedBehaviorSanitizer over every target (METODIST_SANITIZE), and libFuzzer's coverage over
# every target with the fuzz/ programs on top (METODIST_BUILD_FUZZERS). Included by the root
# CMakeLists.txt before the targets, so the flags reach all of them; the defaults for the
# sanitizers' runtime are added to every executable by metodist_add_sanitizer_defaults().

if(METODIST_SANITIZE)
  # Every undefined behaviour stops the program (as an ASan report does), so none goes unseen;
  # Qt's own Q_ASSERTs in its headers (the bounds of QList, QString, QStringView) are kept on.
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_compile_definitions(QT_FORCE_ASSERTS)
  add_link_options(-fsanitize=address,undefined)
endif()

if(METODIST_BUILD_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "METODIST_BUILD_FUZZERS needs clang (libFuzzer): configure with CXX=clang++")
  endif()
  if(NOT METODIST_SANITIZE)
    message(WARNING "METODIST_BUILD_FUZZERS without METODIST_SANITIZE finds crashes only, no memory errors")
  endif()
  # Coverage for libFuzzer in all code; only the fuzz/ programs link libFuzzer itself (its main).
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

# Adds the runtime defaults (cmake/sanitizers/defaults.cpp.in: options and the LeakSanitizer
# suppressions of lsan.supp) to every executable under DIR, so a test, a program a test starts and
# the build's own test discovery run with them without any environment variable.
function(metodist_add_sanitizer_defaults dir)
  if(NOT METODIST_SANITIZE)
    return()
  endif()
  set(defaults ${PROJECT_BINARY_DIR}/sanitizerdefaults.cpp)
  file(READ ${PROJECT_SOURCE_DIR}/cmake/sanitizers/lsan.supp METODIST_LSAN_SUPPRESSIONS)
  configure_file(${PROJECT_SOURCE_DIR}/cmake/sanitizers/defaults.cpp.in ${defaults} @ONLY)
  get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
  foreach(target IN LISTS targets)
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "EXECUTABLE")
      target_sources(${target} PRIVATE ${defaults})
    endif()
  endforeach()
  get_property(subdirectories DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
  foreach(subdirectory IN LISTS subdirectories)
    metodist_add_sanitizer_defaults(${subdirectory})
  endforeach()
endfunction()

# Precompiled Qt and Catch2 headers (METODIST_PRECOMPILE_HEADERS; scripts/sanitize turns it on):
# the instrumented build takes half as long again as the ordinary one, and a third of it is the
# parsing of the same headers in every file. Only a build option: the sources include what they use.
function(metodist_precompile_headers)
  if(NOT METODIST_PRECOMPILE_HEADERS)
    return()
  endif()
  set(core <QtCore/QtCore> <QtSql/QtSql>)
  set(gui ${core} <QtGui/QtGui>)
  set(widgets ${gui} <QtWidgets/QtWidgets>)
  set(catch <catch2/catch.hpp>)
  set(targets_core metodist-core metodist-fuzzsupport fuzz_textdecoding fuzz_csvreader fuzz_import)
  set(targets_gui metodist-reports metodist-cli)
  set(targets_widgets metodist-ui metodist)
  foreach(kind core gui widgets)
    foreach(target IN LISTS targets_${kind})
      if(TARGET ${target})
        target_precompile_headers(${target} PRIVATE ${${kind}})
      endif()
    endforeach()
  endforeach()
  if(TARGET core-tests)
    target_precompile_headers(metodist-testsupport PRIVATE ${core} ${catch})
    target_precompile_headers(core-tests PRIVATE ${core} ${catch})
    # The runners define CATCH_CONFIG_RUNNER before they include Catch2.
    set_source_files_properties(${PROJECT_SOURCE_DIR}/tests/support/coremain.cpp
      ${PROJECT_SOURCE_DIR}/tests/support/uimain.cpp
      DIRECTORY ${PROJECT_SOURCE_DIR}/tests PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
  endif()
  if(TARGET ui-tests)
    target_precompile_headers(ui-tests PRIVATE ${widgets} ${catch})
  endif()
endfunction()
