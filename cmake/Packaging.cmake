# What `cmake --install` puts beside the two programs, and the Debian package CPack makes of it
# (scripts/package): the menu entry, icons, AppStream metainfo, manual pages (Russian, and
# English for lintian), the copyright file, the changelog and the documentation.
include(GNUInstallDirs)

set(package_dir ${PROJECT_SOURCE_DIR}/resources/package)
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# The version is written once, in project(VERSION); the files that name it must agree.
file(READ ${package_dir}/changelog changelog_text)
if(NOT changelog_text MATCHES "^metodist \\(${PROJECT_VERSION}\\)")
  message(FATAL_ERROR "resources/package/changelog must begin with the entry of metodist (${PROJECT_VERSION})")
endif()
file(READ ${package_dir}/metodist.metainfo.xml metainfo_text)
if(NOT metainfo_text MATCHES "<release version=\"${PROJECT_VERSION}\"")
  message(FATAL_ERROR "resources/package/metodist.metainfo.xml has no <release> of version ${PROJECT_VERSION}")
endif()

# Compressed as Debian wants them: gzip -9n (no name, no time stamp).
find_program(GZIP_PROGRAM gzip REQUIRED)
set(compressed)
function(metodist_gzip source output)
  add_custom_command(OUTPUT ${output}
    COMMAND ${GZIP_PROGRAM} -9nc ${source} > ${output}
    DEPENDS ${source} VERBATIM)
  set(compressed ${compressed} ${output} PARENT_SCOPE)
endfunction()

foreach(lang en ru)
  set(man_source ${PROJECT_SOURCE_DIR}/docs/man)
  set(man_dest ${CMAKE_INSTALL_MANDIR}/man1)
  if(NOT lang STREQUAL "en")
    set(man_source ${man_source}/${lang})
    set(man_dest ${CMAKE_INSTALL_MANDIR}/${lang}/man1)
  endif()
  foreach(page metodist metodist-cli)
    set(page_file ${CMAKE_BINARY_DIR}/man/${lang}/${page}.1)
    configure_file(${man_source}/${page}.1.in ${page_file} @ONLY)
    metodist_gzip(${page_file} ${page_file}.gz)
    install(FILES ${page_file}.gz DESTINATION ${man_dest})
  endforeach()
endforeach()
metodist_gzip(${package_dir}/changelog ${CMAKE_BINARY_DIR}/changelog.gz)
add_custom_target(metodist-package-files ALL DEPENDS ${compressed})

install(FILES ${package_dir}/metodist.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${package_dir}/metodist.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES resources/icons/metodist.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 22 24 32 48 64 128 256)
  install(FILES resources/icons/png/metodist-${size}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME metodist.png)
endforeach()
install(FILES ${package_dir}/copyright ${CMAKE_BINARY_DIR}/changelog.gz
              README.md docs/csv-formats.md docs/indicators.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/metodist)

# The Debian package: dependencies from dpkg-shlibdeps, plus what it cannot see — Qt's plugins
# (the SQLite driver, SVG icons), Qt's own Russian texts and the window's font.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME metodist)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Metodist developers <maintainers@users.noreply.h-seed-f5cf3d19.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "methodical support of teachers: staff, growth, indicators, reports")
# CPack puts the summary above the description (the package's synopsis and its long text).
set(CPACK_PACKAGE_DESCRIPTION "Metodist keeps the record of every teacher's professional growth for the\n\
methodical service of a region, its hubs, municipalities and schools:\n\
diagnosed deficits, individual educational routes, mentoring, courses,\n\
attestation, events and competitions. It shows every level's indicators\n\
against their targets and writes the reports the service hands in (PDF,\n\
ODT, XLSX, HTML). One SQLite file holds the data; no network is needed.\n\
The interface is in Russian.")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-translations-l10n, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_THREADS 2)
include(CPack)
