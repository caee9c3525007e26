# Install rules and the Debian package (CPack). Included from the top CMakeLists.txt after
# app/ and packaging/Translations.cmake. `cpack -G DEB` in the build folder makes
# odema-explorer_<version>_<arch>.deb.
#
# Installed layout (prefix /usr in the package):
#   bin/odema-explorer
#   share/odema-explorer/data/          sample data + manifest.json (SampleData::locate)
#   share/odema-explorer/translations/  *.qm (LanguageSettings::translationsDir)
#   share/applications/, share/metainfo/, share/icons/hicolor/{scalable,NxN}/apps/
# The application finds data and translations relative to <executable>/.., so the package
# (or `cmake --install --prefix anywhere`) is relocatable; the user's store stays in
# QStandardPaths::AppDataLocation.

set(ODEMA_APP_ID org.cerdd.OdemaExplorer)
set(ODEMA_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/icons/odema-explorer.svg)
set(ODEMA_ICON_SIZES 16 22 24 32 48 64 128 256)

# --- icon: one hand-drawn SVG; the PNG sizes are rendered at build time -----------------
add_executable(odema-render-icon ${CMAKE_CURRENT_LIST_DIR}/tools/render-icon.cpp)
target_link_libraries(odema-render-icon PRIVATE Qt6::Gui Qt6::Svg)
set(ODEMA_ICON_ROOT ${PROJECT_BINARY_DIR}/share/icons/hicolor)
set(ODEMA_ICON_PNGS)
foreach(size ${ODEMA_ICON_SIZES})
  list(APPEND ODEMA_ICON_PNGS ${ODEMA_ICON_ROOT}/${size}x${size}/apps/odema-explorer.png)
endforeach()
add_custom_command(OUTPUT ${ODEMA_ICON_PNGS}
  COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
          $<TARGET_FILE:odema-render-icon> ${ODEMA_ICON_SVG} ${ODEMA_ICON_ROOT} ${ODEMA_ICON_SIZES}
  DEPENDS odema-render-icon ${ODEMA_ICON_SVG}
  COMMENT "Rendering the application icon to PNG")
add_custom_target(odema_icons ALL DEPENDS ${ODEMA_ICON_PNGS})

# The window and the About dialog show the same icon, built into the program.
qt_add_resources(odema_gui odema_icon_resources
  PREFIX /odema/icons
  BASE ${PROJECT_SOURCE_DIR}/resources/icons
  FILES ${ODEMA_ICON_SVG})

# --- About dialog: list only the optional libraries some layer really links ---------------
set(ODEMA_LINKED_LIBS)
foreach(t odema_core odema_charts odema_map odema_report odema_gui odema_cli odema-explorer)
  if(TARGET ${t})
    get_target_property(libs ${t} LINK_LIBRARIES)
    get_target_property(ilibs ${t} INTERFACE_LINK_LIBRARIES)
    list(APPEND ODEMA_LINKED_LIBS ${libs} ${ilibs})
  endif()
endforeach()
string(TOLOWER "${ODEMA_LINKED_LIBS}" ODEMA_LINKED_LIBS)
function(odema_about_library regex define devpackage)
  if(ODEMA_LINKED_LIBS MATCHES "${regex}")
    execute_process(COMMAND dpkg-query -W -f=\${Version} ${devpackage}
                    OUTPUT_VARIABLE version ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
    string(REGEX REPLACE "^[0-9]+:" "" version "${version}")   # epoch
    string(REGEX REPLACE "[-+~].*$" "" version "${version}")   # Debian revision
    target_compile_definitions(odema_gui PRIVATE ${define}="${version}")
  endif()
endfunction()
odema_about_library("xlsxwriter" ODEMA_ABOUT_XLSXWRITER libxlsxwriter-dev)
odema_about_library("quazip" ODEMA_ABOUT_QUAZIP libquazip1-qt6-dev)
odema_about_library("qpdf" ODEMA_ABOUT_QPDF libqpdf-dev)
odema_about_library("(^|[^a-z])proj([^a-z]|$)" ODEMA_ABOUT_PROJ libproj-dev)

# --- install rules --------------------------------------------------------------------------
install(DIRECTORY ${PROJECT_SOURCE_DIR}/data/ DESTINATION ${CMAKE_INSTALL_DATADIR}/odema-explorer/data)
install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/${ODEMA_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/${ODEMA_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${ODEMA_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/odema-explorer)
install(DIRECTORY ${ODEMA_ICON_ROOT}/ DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor)

# --- Debian package -------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME odema-explorer)
set(CPACK_PACKAGE_VENDOR "Odema (Cerdd)")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Explorer for the waste data of Hauts-de-France (ADEME SINOE, INSEE, Odema)")
# One string (several would be joined with ";"); dpkg folds the lines itself.
set(CPACK_PACKAGE_DESCRIPTION "Odema Explorer imports the public waste data of the Hauts-de-France \
region (ADEME SINOE collection and treatment tonnages, INSEE populations and territories, Odema \
landfill figures) into a local SQLite store and shows them as tables, charts, maps and fact sheets, \
in French or English. It ships real sample data and works headless for scripts.")
set(CPACK_PACKAGE_CONTACT "Odema <odema@cerdd.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://www.cerdd.org/")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_FILE_NAME "odema-explorer_${PROJECT_VERSION}")
set(CPACK_OUTPUT_FILE_PREFIX ${PROJECT_BINARY_DIR}/packages)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# Shared libraries (Qt, SQLite, …) are found by dpkg-shlibdeps; plugins are loaded at run
# time, so no tool can see them: the SQLite driver holds the store, the platform plugins
# draw the window (and the offscreen one serves headless charts), libqt6svg6 shows the icon,
# qt6-translations-l10n translates Qt's own dialogs, proj-data feeds PROJ's grids; the
# PostgreSQL driver is only recommended: a single user never needs a shared store.
find_program(ODEMA_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(ODEMA_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(ODEMA_DEB_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
else()
  set(ODEMA_DEB_DEPENDS "libqt6core6, libqt6gui6, libqt6widgets6, libqt6sql6, libqt6sql6-sqlite, libqt6charts6, libqt6svg6, libqt6printsupport6, libsqlite3-0, libpq5, qt6-qpa-plugins")
endif()
if(ODEMA_LINKED_LIBS MATCHES "(^|[^a-z])proj([^a-z]|$)")
  string(APPEND ODEMA_DEB_DEPENDS ", proj-data")
endif()
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${ODEMA_DEB_DEPENDS}")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, libqt6sql6-psql")
include(CPack)

# `odema-explorer paths` looks for the sample data exactly as the window does.
target_compile_definitions(odema_cli PRIVATE
  ODEMA_SOURCE_DATA_DIR="${PROJECT_SOURCE_DIR}/data"
  ODEMA_INSTALL_DATA_SUBDIR="${CMAKE_INSTALL_DATADIR}/odema-explorer/data")
