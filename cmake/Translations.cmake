# Interface translations (source language: French). Included from the top CMakeLists.txt
# after app/ so the odema-explorer target exists.
#   - `ninja -C <build> update_translations` runs lupdate over every source file of app/ (all
#     layers, not only main.cpp) into resources/translations/*.ts, which translators edit
#     with Qt Linguist;
#   - at build time each .ts goes through odema-flatten-ts (one context; see
#     packaging/tools/flatten-ts.cpp for why), then lrelease (a plain custom command), into
#     <build>/share/odema-explorer/translations: the same place relative to the executable's
#     prefix as once installed, so LanguageSettings::translationsDir() has no build-tree case.
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

add_executable(odema-flatten-ts ${PROJECT_SOURCE_DIR}/packaging/tools/flatten-ts.cpp)
target_link_libraries(odema-flatten-ts PRIVATE Qt6::Core)
# lrelease is run here rather than through qt_add_lrelease, whose rules want the .ts to exist
# at configure time, which a generated one does not.
set(ODEMA_QM_FILES)
foreach(ts ${ODEMA_TS_FILES})
  get_filename_component(name ${ts} NAME_WLE)
  set(flat ${PROJECT_BINARY_DIR}/translations-flat/${name}.ts)
  set(qm ${ODEMA_BUILD_TRANSLATIONS_DIR}/${name}.qm)
  add_custom_command(OUTPUT ${qm}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/translations-flat ${ODEMA_BUILD_TRANSLATIONS_DIR}
    COMMAND $<TARGET_FILE:odema-flatten-ts> ${ts} ${flat}
    COMMAND Qt6::lrelease -silent ${flat} -qm ${qm}
    DEPENDS odema-flatten-ts Qt6::lrelease ${ts}
    COMMENT "Compiling translation ${name}"
    VERBATIM)
  list(APPEND ODEMA_QM_FILES ${qm})
endforeach()
add_custom_target(odema_translations ALL DEPENDS ${ODEMA_QM_FILES})
add_dependencies(odema-explorer odema_translations)

install(FILES ${ODEMA_QM_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/odema-explorer/translations)
