# `cpack -G DEB` in the build folder makes a Debian package of the two executables.
install(FILES ${PROJECT_SOURCE_DIR}/packaging/shuzai.desktop DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/io.github.shuzai.Shuzai.metainfo.xml
        DESTINATION share/metainfo)
set(CPACK_PACKAGE_NAME shuzai)
set(CPACK_PACKAGE_CONTACT "Shuzai developers <dev@shuzai.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Interview workbench for editorial teams")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# CPack cannot see Qt's plugins: the SQLite driver and the platform plugins are named here.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
