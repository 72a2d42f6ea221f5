# cmake -DSOURCE_DIR=<root> -P check_format.cmake: every .cpp/.h under app/, ui/ and tests/ must already be
# formatted as .clang-format says. The files are listed when the test runs, so new files are checked too.
# Fix with: clang-format -i <file>
find_program(CLANG_FORMAT clang-format)
if(NOT CLANG_FORMAT)
    message(FATAL_ERROR "clang-format not found: install the Debian package clang-format")
endif()
file(GLOB_RECURSE files LIST_DIRECTORIES false
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
    ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
    ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h ${SOURCE_DIR}/tests/*.c)
list(LENGTH files count)
if(count EQUAL 0)
    message(FATAL_ERROR "no sources found under ${SOURCE_DIR}")
endif()
# One run over all files is quick; only when it fails are the files checked one by one to name them.
execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${files} RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
set(unformatted "")
if(NOT result EQUAL 0)
    foreach(file IN LISTS files)
        execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${file} RESULT_VARIABLE result
                        OUTPUT_QUIET ERROR_QUIET)
        if(NOT result EQUAL 0)
            file(RELATIVE_PATH relative ${SOURCE_DIR} ${file})
            list(APPEND unformatted ${relative})
        endif()
    endforeach()
    if(NOT unformatted)
        message(FATAL_ERROR "clang-format failed on the sources as a whole but on no single file")
    endif()
endif()
if(unformatted)
    list(JOIN unformatted "\n  " listed)
    message(FATAL_ERROR "Not formatted as .clang-format says (run clang-format -i on them):\n  ${listed}")
endif()
message(STATUS "${count} source files follow .clang-format")
