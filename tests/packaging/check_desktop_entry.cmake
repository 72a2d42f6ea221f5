# cmake -DFILE=<.desktop> -P check_desktop_entry.cmake: desktop-file-validate must accept the entry.
# Its hints (suggestions, not errors) are printed but do not fail the test.
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(NOT DESKTOP_FILE_VALIDATE)
    message(FATAL_ERROR "desktop-file-validate not found: install the Debian package desktop-file-utils")
endif()
execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} ${FILE} RESULT_VARIABLE result OUTPUT_VARIABLE output
                ERROR_VARIABLE output)
message("${output}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "desktop-file-validate rejects ${FILE}")
endif()
message(STATUS "desktop entry valid: ${FILE}")
