# Interface translations (source language: French). Included from the top CMakeLists.txt
# after app/ so the odema-explorer target exists.
#   - `ninja -C build update_translations` runs lupdate over every source file of app/ (all
#     layers, not only main.cpp) into resources/translations/*.ts;
#   - the .qm files are compiled at build time into <build>/share/odema-explorer/translations,
#     the same place relative to the executable's prefix as once installed, so
#     LanguageSettings::translationsDir() needs no build-tree special case.
set(ODEMA_TS_FILES ${PROJECT_SOURCE_DIR}/resources/translations/odema-explorer_en.ts)
set(ODEMA_BUILD_TRANSLATIONS_DIR ${PROJECT_BINARY_DIR}/share/odema-explorer/translations)
set_source_files_properties(${ODEMA_TS_FILES} PROPERTIES OUTPUT_LOCATION ${ODEMA_BUILD_TRANSLATIONS_DIR})

# CONFIGURE_DEPENDS: files other layers add later are scanned without a manual re-configure.
file(GLOB_RECURSE ODEMA_TRANSLATABLE_SOURCES CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h)

qt_add_translations(odema-explorer
  TS_FILES ${ODEMA_TS_FILES}
  SOURCES ${ODEMA_TRANSLATABLE_SOURCES}
  # No line numbers: they would change the .ts on every unrelated edit.
  LUPDATE_OPTIONS -no-obsolete -locations none
  QM_FILES_OUTPUT_VARIABLE ODEMA_QM_FILES)

install(FILES ${ODEMA_QM_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/odema-explorer/translations)
