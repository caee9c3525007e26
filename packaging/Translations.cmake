# Interface translations (source language: French). Included from the top CMakeLists.txt
# after app/ so the odema-explorer target exists.
#   - `ninja -C <build> update_translations` runs lupdate over every source file of app/ (all
#     layers) into resources/translations/*.ts, which translators edit with Qt Linguist. Every
#     string is in the context the code names: a QObject class, Q_DECLARE_TR_FUNCTIONS(Context),
#     or QCoreApplication::translate("Context", …); counted messages are plural entries.
#   - at build time lrelease compiles each .ts into <build>/share/odema-explorer/translations:
#     the same place relative to the executable's prefix as once installed, so
#     LanguageSettings::translationsDir() has no build-tree case.
set(ODEMA_TS_FILES ${PROJECT_SOURCE_DIR}/resources/translations/odema-explorer_en.ts)
set(ODEMA_BUILD_TRANSLATIONS_DIR ${PROJECT_BINARY_DIR}/share/odema-explorer/translations)

# CONFIGURE_DEPENDS: files other layers add later are scanned without a manual re-configure.
file(GLOB_RECURSE ODEMA_TRANSLATABLE_SOURCES CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h)
qt_add_lupdate(odema-explorer
  TS_FILES ${ODEMA_TS_FILES}
  SOURCES ${ODEMA_TRANSLATABLE_SOURCES}
  # No line numbers: they would change the .ts on every unrelated edit.
  OPTIONS -no-obsolete -locations none)

set_source_files_properties(${ODEMA_TS_FILES} PROPERTIES OUTPUT_LOCATION ${ODEMA_BUILD_TRANSLATIONS_DIR})
qt_add_lrelease(odema-explorer
  TS_FILES ${ODEMA_TS_FILES}
  OPTIONS -silent
  QM_FILES_OUTPUT_VARIABLE ODEMA_QM_FILES)

install(FILES ${ODEMA_QM_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/odema-explorer/translations)
