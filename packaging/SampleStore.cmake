# The sample store: data/manifest.json imported at build time into
# <build>/share/odema-explorer/sample/odema-sample.sqlite (installed to the same place under the
# prefix), which a first start copies (SampleData::prebuiltStore) so that the window shows
# Hauts-de-France at once. Made from the files by the build, never committed. Its inputs are
# the manifest and every file it lists (read here, so a file added to the manifest is one too),
# and the tool, which links the importer.
set(ODEMA_DATA_DIR ${PROJECT_SOURCE_DIR}/data)
file(READ ${ODEMA_DATA_DIR}/manifest.json ODEMA_MANIFEST)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${ODEMA_DATA_DIR}/manifest.json)
set(ODEMA_SAMPLE_INPUTS ${ODEMA_DATA_DIR}/manifest.json)
string(JSON ODEMA_MANIFEST_COUNT LENGTH "${ODEMA_MANIFEST}" files)
math(EXPR ODEMA_MANIFEST_LAST "${ODEMA_MANIFEST_COUNT} - 1")
foreach(i RANGE ${ODEMA_MANIFEST_LAST})
  string(JSON file GET "${ODEMA_MANIFEST}" files ${i} file)
  list(APPEND ODEMA_SAMPLE_INPUTS ${ODEMA_DATA_DIR}/${file})
endforeach()

add_executable(odema-make-sample-store ${CMAKE_CURRENT_LIST_DIR}/tools/make-sample-store.cpp)
target_link_libraries(odema-make-sample-store PRIVATE odema_core)
set(ODEMA_SAMPLE_STORE ${PROJECT_BINARY_DIR}/share/odema-explorer/sample/odema-sample.sqlite)
add_custom_command(OUTPUT ${ODEMA_SAMPLE_STORE} ${ODEMA_SAMPLE_STORE}.manifest-sha256
  # A sanitizer build runs the tool too: its leak report is the tests' business, not the build's.
  COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=0
          $<TARGET_FILE:odema-make-sample-store> ${ODEMA_DATA_DIR} ${ODEMA_SAMPLE_STORE}
  DEPENDS odema-make-sample-store ${ODEMA_SAMPLE_INPUTS}
  COMMENT "Importing data/manifest.json into the sample store"
  VERBATIM)
add_custom_target(odema_sample_store ALL DEPENDS ${ODEMA_SAMPLE_STORE})
add_dependencies(odema-explorer odema_sample_store)
install(FILES ${ODEMA_SAMPLE_STORE} ${ODEMA_SAMPLE_STORE}.manifest-sha256
        DESTINATION ${CMAKE_INSTALL_DATADIR}/odema-explorer/sample)
