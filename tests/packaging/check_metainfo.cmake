# cmake -DFILE=<metainfo.xml> -P check_metainfo.cmake: appstreamcli must accept the AppStream metadata
# (offline: --no-net, since the build machine has no network).
find_program(APPSTREAMCLI appstreamcli)
if(NOT APPSTREAMCLI)
    message(FATAL_ERROR "appstreamcli not found: install the Debian package appstream")
endif()
execute_process(COMMAND ${APPSTREAMCLI} validate --no-net --pedantic ${FILE} RESULT_VARIABLE result
                OUTPUT_VARIABLE output ERROR_VARIABLE output)
message("${output}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "appstreamcli rejects ${FILE}")
endif()
