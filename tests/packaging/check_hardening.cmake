# cmake -DBUILD_DIR=<build> -DWORK_DIR=<scratch> [-DCONFIG=<cfg>] [-DREADELF=<readelf>] [-DEXPECT_FORTIFY=ON|OFF]
#       -P check_hardening.cmake
# cmake -DFILES=<elf>[;<elf>...] [-DREADELF=...] [-DEXPECT_FORTIFY=...] -P check_hardening.cmake
# Installs the programs into a DESTDIR as a distribution package would (or takes FILES as they are) and checks each
# installed executable for what the root CMakeLists.txt asks of the compiler and the linker (issue 9, point 8):
#   full RELRO      a PT_GNU_RELRO segment, and BIND_NOW (DT_FLAGS BIND_NOW or DT_FLAGS_1 NOW)
#   PIE             ELF type ET_DYN with DT_FLAGS_1 PIE
#   stack protector imports __stack_chk_fail (-fstack-protector-strong)
#   FORTIFY         imports at least one __*_chk function of glibc (-D_FORTIFY_SOURCE=2); not expected of a Debug
#                   or sanitizer build, which leave _FORTIFY_SOURCE out (EXPECT_FORTIFY=OFF)
if(NOT DEFINED EXPECT_FORTIFY)
    set(EXPECT_FORTIFY ON)
endif()
if(NOT READELF)
    find_program(READELF NAMES readelf)
endif()
if(NOT READELF)
    message(FATAL_ERROR "readelf not found: install the Debian package binutils")
endif()

if(NOT FILES)
    set(root ${WORK_DIR}/root)
    file(REMOVE_RECURSE ${WORK_DIR})
    file(MAKE_DIRECTORY ${root})
    set(config_args "")
    if(CONFIG)
        set(config_args --config ${CONFIG})
    endif()
    execute_process(COMMAND ${CMAKE_COMMAND} -E env DESTDIR=${root}
                            ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix /usr ${config_args}
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "cmake --install failed:\n${output}")
    endif()
    # vscwizard-cli exists on Linux only, where `vscwizard` is the launcher that starts it (root CMakeLists.txt).
    set(FILES ${root}/usr/bin/vscwizard ${root}/usr/bin/vscwizard-cli ${root}/usr/bin/vscwizard-gui)
endif()

function(readelf_output option file variable)
    execute_process(COMMAND ${READELF} -W ${option} ${file} RESULT_VARIABLE result OUTPUT_VARIABLE output
                    ERROR_VARIABLE error)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${READELF} ${option} ${file} failed: ${error}")
    endif()
    set(${variable} "${output}" PARENT_SCOPE)
endfunction()

set(failures "")
foreach(file ${FILES})
    if(NOT EXISTS ${file})
        list(APPEND failures "${file}: not installed")
        continue()
    endif()
    get_filename_component(name ${file} NAME)
    readelf_output(--file-header ${file} header)
    readelf_output(--program-headers ${file} segments)
    readelf_output(--dynamic ${file} dynamic)
    readelf_output(--dyn-syms ${file} symbols)

    if(NOT segments MATCHES "GNU_RELRO")
        list(APPEND failures "${name}: no RELRO (no PT_GNU_RELRO segment: link with -Wl,-z,relro)")
    endif()
    if(NOT dynamic MATCHES "\\(FLAGS\\)[^\n]*BIND_NOW" AND NOT dynamic MATCHES "\\(FLAGS_1\\)[^\n]*NOW")
        list(APPEND failures "${name}: partial RELRO only (no BIND_NOW or FLAGS_1 NOW: link with -Wl,-z,now)")
    endif()
    if(NOT header MATCHES "Type:[ \t]+DYN")
        list(APPEND failures "${name}: not PIE (ELF type is not ET_DYN: compile with -fPIE, link with -pie)")
    elseif(NOT dynamic MATCHES "\\(FLAGS_1\\)[^\n]*PIE")
        list(APPEND failures "${name}: not PIE (ET_DYN without DF_1_PIE: a shared library, not a PIE executable)")
    endif()
    # An undefined dynamic symbol is an import: "... UND __stack_chk_fail@GLIBC_2.4 (2)".
    if(NOT symbols MATCHES "UND __stack_chk_fail(@|\n| )")
        list(APPEND failures "${name}: no stack protector (does not import __stack_chk_fail: compile with \
-fstack-protector-strong)")
    endif()
    string(REGEX MATCHALL "UND __[a-z0-9_]+_chk[@\n ]" fortified "${symbols}")
    list(FILTER fortified EXCLUDE REGEX "__stack_chk_fail")
    if(EXPECT_FORTIFY AND NOT fortified)
        list(APPEND failures "${name}: no FORTIFY (imports no __*_chk function: compile with -O2 \
-D_FORTIFY_SOURCE=2)")
    endif()
    list(LENGTH fortified fortified_count)
    message(STATUS "${name}: ${fortified_count} fortified (__*_chk) imports")
endforeach()

if(failures)
    list(JOIN failures "\n  " listed)
    message(FATAL_ERROR "Installed programs are not hardened:\n  ${listed}")
endif()
if(EXPECT_FORTIFY)
    message(STATUS "full RELRO, PIE, stack protector and FORTIFY: ${FILES}")
else()
    message(STATUS "full RELRO, PIE and stack protector (FORTIFY not expected of this build): ${FILES}")
endif()
