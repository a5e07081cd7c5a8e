# What `cmake --install` and `cpack -G DEB` put under /usr (CMAKE_INSTALL_PREFIX): the two
# programs (app/CMakeLists.txt) and the modules they load on first use (core/CMakeLists.txt),
# the menu entry, icon and AppStream metadata (resources/), the
# translations, and shuzai-cli's manual pages and bash completion, made at build time by the
# built CLI from its declaration of verbs. packaging/build-deb.sh runs the whole thing.
include(GNUInstallDirs)

# Installed programs use the system's libraries from /usr/lib, like any Debian package: no
# RUNPATH (qt_standard_project_setup() would give them $ORIGIN/../lib).
set_target_properties(shuzai-cli shuzai-pdf ${SHUZAI_MODULES} PROPERTIES INSTALL_RPATH "")
if(TARGET shuzai)
    set_target_properties(shuzai PROPERTIES INSTALL_RPATH "")
endif()

set(SHUZAI_DOCS_DIR ${CMAKE_BINARY_DIR}/generated-docs)
set(SHUZAI_DOCS
    ${SHUZAI_DOCS_DIR}/en/shuzai-cli.1.gz
    ${SHUZAI_DOCS_DIR}/ja/shuzai-cli.1.gz
    ${SHUZAI_DOCS_DIR}/shuzai-cli.bash-completion)
add_custom_command(OUTPUT ${SHUZAI_DOCS}
    COMMAND sh ${PROJECT_SOURCE_DIR}/packaging/generate-docs.sh $<TARGET_FILE:shuzai-cli>
            ${SHUZAI_DOCS_DIR}
    DEPENDS shuzai-cli ${PROJECT_SOURCE_DIR}/packaging/generate-docs.sh
    COMMENT "Manual pages and bash completion of shuzai-cli"
    VERBATIM)
add_custom_target(shuzai_docs ALL DEPENDS ${SHUZAI_DOCS})

install(FILES ${PROJECT_SOURCE_DIR}/resources/shuzai.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/shuzai.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/resources/io.github.shuzai.Shuzai.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# The programs carry their translations inside (:/i18n/); the files are installed as well for
# translators and tools that read them.
install(FILES ${CMAKE_BINARY_DIR}/core/shuzai_ja.qm ${CMAKE_BINARY_DIR}/core/shuzai_en.qm
        DESTINATION ${CMAKE_INSTALL_DATADIR}/shuzai/translations)
install(FILES ${SHUZAI_DOCS_DIR}/en/shuzai-cli.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${SHUZAI_DOCS_DIR}/ja/shuzai-cli.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/ja/man1)
install(FILES ${SHUZAI_DOCS_DIR}/shuzai-cli.bash-completion
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME shuzai-cli)

set(CPACK_PACKAGE_NAME shuzai)
set(CPACK_PACKAGE_VENDOR "Shuzai developers")
set(CPACK_PACKAGE_CONTACT "Shuzai developers <dev@shuzai.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Interview workbench for editorial teams")
set(CPACK_PACKAGE_DESCRIPTION
    "Shuzai helps an editorial team run the interviews behind a feature article: the roster of\n"
    "interviewees, request letters, scheduling, searchable transcripts and the interviewee's\n"
    "check before publication. shuzai-cli offers every capability on the command line.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://shuzai.example/")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# The libraries the programs link come from dpkg-shlibdeps (dpkg-dev).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What it cannot see: Qt's plugins (SQLite and PostgreSQL drivers, the platform and SVG
# plugins), Qt's own translations, and the dictionary MeCab reads name readings from.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, qt6-translations-l10n, mecab-ipadic-utf8")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, libqt6sql6-psql, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "poppler-utils")
include(CPack)
