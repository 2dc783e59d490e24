# What a Debian package of Viparita holds beyond the programs: the manual pages and the bash
# completion (made from the programs' own --help texts, so that they never say something
# else), the icon at the usual sizes, the documentation, the copyright and changelogs; and
# CPack's DEB generator, which scripts/package.sh runs (docs/packaging.md says why CPack).

# Debian's python3 (with python3-jsonschema and python3-pyatspi, installed by scripts/test.sh):
# it writes the manual pages and the completion, and runs the Python tests.
find_program(VIPARITA_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH REQUIRED)
find_program(VIPARITA_GZIP gzip REQUIRED)

set(VIPARITA_GENERATED_DOCS ${PROJECT_BINARY_DIR}/generated-docs)
# The help is read in English, without a display; a sanitizer build does not report the
# programs' leaks at exit while they only print their help.
set(VIPARITA_HELP_ENVIRONMENT ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANG=C.UTF-8
    QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0)
# The date of the manual pages: the release's, from the changelog, not the build's.
file(STRINGS ${PROJECT_SOURCE_DIR}/CHANGELOG.md VIPARITA_RELEASE_LINE
    REGEX "^## ${PROJECT_VERSION} \\(" LIMIT_COUNT 1)
string(REGEX MATCH "[0-9]+-[0-9]+-[0-9]+" VIPARITA_RELEASE_DATE "${VIPARITA_RELEASE_LINE}")
if(NOT VIPARITA_RELEASE_DATE)
    message(FATAL_ERROR "CHANGELOG.md has no \"## ${PROJECT_VERSION} (YYYY-MM-DD)\" heading: "
                        "the version in CMakeLists.txt and the changelog must agree")
endif()

set(VIPARITA_MANUALS)
set(manual_programs viparita-cli)
if(VIPARITA_BUILD_APP)
    list(APPEND manual_programs viparita viparita-reminders)
endif()
foreach(program IN LISTS manual_programs)
    set(page ${VIPARITA_GENERATED_DOCS}/${program}.1)
    add_custom_command(OUTPUT ${page}.gz
        COMMAND ${VIPARITA_HELP_ENVIRONMENT} ${VIPARITA_PYTHON}
                ${PROJECT_SOURCE_DIR}/scripts/man-page.py ${program}
                $<TARGET_FILE:${program}> ${PROJECT_VERSION} ${VIPARITA_RELEASE_DATE} ${page}
        COMMAND ${VIPARITA_GZIP} -9nf ${page}
        DEPENDS ${program} ${PROJECT_SOURCE_DIR}/scripts/man-page.py
                ${PROJECT_SOURCE_DIR}/scripts/help_text.py
        COMMENT "Writing the manual page ${program}(1)"
        VERBATIM)
    list(APPEND VIPARITA_MANUALS ${page}.gz)
endforeach()

set(VIPARITA_COMPLETION ${VIPARITA_GENERATED_DOCS}/viparita-cli)
add_custom_command(OUTPUT ${VIPARITA_COMPLETION}
    COMMAND ${VIPARITA_HELP_ENVIRONMENT} ${VIPARITA_PYTHON}
            ${PROJECT_SOURCE_DIR}/scripts/bash-completion.py $<TARGET_FILE:viparita-cli>
            ${VIPARITA_COMPLETION}
    DEPENDS viparita-cli ${PROJECT_SOURCE_DIR}/scripts/bash-completion.py
            ${PROJECT_SOURCE_DIR}/scripts/help_text.py
    COMMENT "Writing the bash completion of viparita-cli"
    VERBATIM)

# The changelogs as Debian keeps them: the project's, and the package's own.
set(VIPARITA_CHANGELOGS ${VIPARITA_GENERATED_DOCS}/changelog.gz
    ${VIPARITA_GENERATED_DOCS}/changelog.Debian.gz)
add_custom_command(OUTPUT ${VIPARITA_CHANGELOGS}
    COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_SOURCE_DIR}/CHANGELOG.md
            ${VIPARITA_GENERATED_DOCS}/changelog
    COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_SOURCE_DIR}/packaging/changelog.Debian
            ${VIPARITA_GENERATED_DOCS}/changelog.Debian
    COMMAND ${VIPARITA_GZIP} -9nf ${VIPARITA_GENERATED_DOCS}/changelog
            ${VIPARITA_GENERATED_DOCS}/changelog.Debian
    DEPENDS ${PROJECT_SOURCE_DIR}/CHANGELOG.md ${PROJECT_SOURCE_DIR}/packaging/changelog.Debian
    VERBATIM)

# The icon at the sizes of the hicolor theme, for desktops that do not draw the SVG.
set(VIPARITA_ICONS)
if(VIPARITA_BUILD_APP)
    qt_add_executable(viparita_icon_png packaging/icon_png.cpp)
    target_link_libraries(viparita_icon_png PRIVATE Qt6::Gui Qt6::Svg viparita::policy)
    set(icon_sizes 16 22 24 32 48 64 128 256)
    foreach(size IN LISTS icon_sizes)
        list(APPEND VIPARITA_ICONS
            ${VIPARITA_GENERATED_DOCS}/icons/${size}x${size}/apps/${VIPARITA_APP_ID}.png)
    endforeach()
    add_custom_command(OUTPUT ${VIPARITA_ICONS}
        COMMAND ${VIPARITA_HELP_ENVIRONMENT} $<TARGET_FILE:viparita_icon_png>
                ${PROJECT_SOURCE_DIR}/resources/icons/viparita.svg
                ${VIPARITA_GENERATED_DOCS}/icons ${VIPARITA_APP_ID} ${icon_sizes}
        DEPENDS viparita_icon_png ${PROJECT_SOURCE_DIR}/resources/icons/viparita.svg
        COMMENT "Drawing the icon at the usual sizes"
        VERBATIM)
    install(DIRECTORY ${VIPARITA_GENERATED_DOCS}/icons/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor)
endif()

add_custom_target(viparita_docs ALL
    DEPENDS ${VIPARITA_MANUALS} ${VIPARITA_COMPLETION} ${VIPARITA_CHANGELOGS} ${VIPARITA_ICONS})

install(FILES ${VIPARITA_MANUALS} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${VIPARITA_COMPLETION}
    DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${VIPARITA_CHANGELOGS} packaging/copyright docs/user-guide.md
    DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The package.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME viparita)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Viparita authors")
set(CPACK_PACKAGE_CONTACT "The Viparita authors <maintainers@viparita.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "guided legs-up-the-wall practice with a blood-pressure journal")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# The libraries the programs and plugins link are found by dpkg-shlibdeps; what Qt loads as a
# plugin of its own is named here: the SQLite driver of the journal (the SVG plugins come
# with libqt6svg6, which the app links).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# A minimal install runs without these: the voice (flite for English, speech-dispatcher
# with espeak-ng for the other languages), the translations of Qt's own dialogs, and BlueZ
# for a Bluetooth cuff.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-speech-flite-plugin, qt6-speech-speechd-plugin, speech-dispatcher-espeak-ng, qt6-translations-l10n, bluez")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "orca")
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the rest, in lines of at most
# 80 characters, paragraphs apart.
set(CPACK_PACKAGE_DESCRIPTION
    "Viparita leads a short restorative practice: lying on the back with the legs
resting up a wall, breathing slowly. It plays a sequence of gentle stretches
as a timed session with cue text, pose pictures, a countdown, breath pacing,
chimes and spoken cues, so that it can be followed with the eyes closed.

It keeps the blood-pressure readings taken before, during and after each
session (typed, or sent by a Bluetooth cuff) in a journal on the computer,
shows how they change, guides a home-measurement week, and exports them for
a doctor as CSV, a PDF report or FHIR R4. It informs; it does not diagnose.

The package holds the application, its command-line tool viparita-cli and
the reminders helper, in nine languages.")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/package)
include(CPack)
