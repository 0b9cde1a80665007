# Installation and the Debian package. scripts/package builds the .deb from a release build and
# checks it with lintian, desktop-file-validate and appstreamcli.
include(GNUInstallDirs)

install(TARGETS paceline paceline-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES packaging/org.paceline.Paceline.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES packaging/org.paceline.Paceline.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES packaging/icons/paceline.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME org.paceline.Paceline.svg)

# Debian policy: the copyright file, and the changelog and manual pages compressed with
# gzip -9n (no name or time stamp, so that two builds give the same bytes).
set(paceline_docdir ${CMAKE_INSTALL_DATADIR}/doc/paceline)
install(FILES packaging/debian/copyright DESTINATION ${paceline_docdir})
add_custom_command(OUTPUT changelog.gz
  COMMAND sh -c "gzip -9nc '${PROJECT_SOURCE_DIR}/packaging/debian/changelog' > changelog.gz"
  DEPENDS packaging/debian/changelog
  VERBATIM)
add_custom_target(paceline_changelog ALL DEPENDS changelog.gz)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz DESTINATION ${paceline_docdir})

# Manual pages from each program's --help and --version, so they cannot drift from the code.
# Not under the sanitizers: the leak check at exit would fail the build for a help text.
find_program(HELP2MAN_PROGRAM help2man)
if(HELP2MAN_PROGRAM AND NOT PACELINE_SANITIZE)
  set(paceline_man_name "workbench for export-control lists, amendment cases and the pacing gap")
  set(paceline-cli_man_name "import, search, compare and export Paceline databases from the shell")
  # paceline-cli --help lists the commands; --help-all adds each command's options.
  set(paceline_help_option --help)
  set(paceline-cli_help_option --help-all)
  set(man_pages)
  foreach(tool paceline paceline-cli)
    add_custom_command(OUTPUT ${tool}.1.gz
      COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
              ${HELP2MAN_PROGRAM} --no-info --no-discard-stderr --section=1
              --help-option=${${tool}_help_option}
              --version-string=${PROJECT_VERSION}
              "--name=${${tool}_man_name}" --output=${tool}.1 $<TARGET_FILE:${tool}>
      COMMAND gzip -9nf ${tool}.1
      DEPENDS ${tool}
      VERBATIM)
    list(APPEND man_pages ${CMAKE_CURRENT_BINARY_DIR}/${tool}.1.gz)
  endforeach()
  add_custom_target(paceline_manpages ALL DEPENDS ${man_pages})
  install(FILES ${man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(STATUS "help2man not found (or sanitizers on): the package gets no manual pages")
endif()

set(CPACK_PACKAGE_NAME paceline)
set(CPACK_PACKAGE_VENDOR "Paceline")
# Debian shows the description in 80 columns: keep its lines shorter.
set(CPACK_PACKAGE_DESCRIPTION
  "Paceline lets arms-control analysts browse the Wassenaar lists and the
national lists that implement them (US Commerce Control List, EU Annex I)
edition by edition, with full-text search, defined terms, cross-references
and edition diffs; draft and review amendment proposals; and chart when
technologies emerged against when the lists caught up.")
set(PACELINE_MAINTAINER "Paceline maintainers <maintainers@users.noreply.r-seed-faa41d41.example>"
    CACHE STRING "Maintainer of the Debian package: Name <address>")
set(CPACK_PACKAGE_CONTACT "${PACELINE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PACELINE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# wvWare reads the Wassenaar Secretariat's Word chapter files; without it that import says so.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "wv")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR TGZ DEB)
include(CPack)
