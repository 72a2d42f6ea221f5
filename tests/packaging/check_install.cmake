# cmake -DBUILD_DIR=<build> -DWORK_DIR=<scratch> [-DCONFIG=<cfg>] -P check_install.cmake
# Runs `cmake --install` into a DESTDIR with prefix /usr, as a distribution package would, and checks that the
# program, its desktop entry, its icon and its AppStream file land where desktops look for them, and that the
# names they use for each other (Exec, Icon, launchable, binary) point at installed files.
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
message("${output}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed")
endif()

set(binary ${root}/usr/bin/vscwizard)
set(wizard ${root}/usr/bin/vscwizard-gui)
# On Linux `vscwizard` is a launcher and the command line is vscwizard-cli; elsewhere `vscwizard` is the command line.
set(command_line ${root}/usr/bin/vscwizard-cli)
set(launcher ON)
if(NOT EXISTS ${command_line} AND NOT CMAKE_HOST_SYSTEM_NAME STREQUAL "Linux")
    set(command_line ${binary})
    set(launcher OFF)
endif()
set(desktop ${root}/usr/share/applications/vscwizard.desktop)
set(icon ${root}/usr/share/icons/hicolor/scalable/apps/vscwizard.svg)
set(metainfo ${root}/usr/share/metainfo/io.github.vscwizard.metainfo.xml)
set(failures "")
foreach(file binary command_line wizard desktop icon metainfo)
    if(NOT EXISTS ${${file}})
        list(APPEND failures "not installed: ${${file}}")
    endif()
endforeach()
if(failures)
    list(JOIN failures "\n  " listed)
    message(FATAL_ERROR "Install into DESTDIR is incomplete:\n  ${listed}")
endif()

foreach(program ${binary} ${command_line} ${wizard})
    execute_process(COMMAND test -x ${program} RESULT_VARIABLE not_executable)
    if(NOT not_executable EQUAL 0)
        list(APPEND failures "${program} is not executable")
    endif()
endforeach()

# The command line must start without Qt Gui and Widgets: faster for scripts, and usable on a server without them.
file(GET_RUNTIME_DEPENDENCIES EXECUTABLES ${command_line} RESOLVED_DEPENDENCIES_VAR cli_libraries
     UNRESOLVED_DEPENDENCIES_VAR cli_unresolved)
get_filename_component(command_line_name ${command_line} NAME)
set(cli_gui_libraries ${cli_libraries})
list(FILTER cli_gui_libraries INCLUDE REGEX "libQt6(Gui|Widgets)")
list(FILTER cli_libraries INCLUDE REGEX "libQt6Core")
if(NOT cli_libraries)
    list(APPEND failures "the libraries of usr/bin/${command_line_name} were not found (no libQt6Core among them)")
elseif(cli_gui_libraries)
    list(APPEND failures "usr/bin/${command_line_name} loads ${cli_gui_libraries}")
endif()

# The launcher must load no Qt library at all: that is what makes the wizard start as fast through `vscwizard` as
# through vscwizard-gui. Resolved, so a library that pulled Qt in would show too.
if(launcher)
    file(GET_RUNTIME_DEPENDENCIES EXECUTABLES ${binary} RESOLVED_DEPENDENCIES_VAR launcher_libraries
         UNRESOLVED_DEPENDENCIES_VAR launcher_unresolved)
    set(launcher_qt_libraries ${launcher_libraries} ${launcher_unresolved})
    list(FILTER launcher_qt_libraries INCLUDE REGEX "libQt")
    list(FILTER launcher_libraries INCLUDE REGEX "libc\\.so")
    if(NOT launcher_libraries)
        list(APPEND failures "the libraries of usr/bin/vscwizard were not found (no libc among them)")
    elseif(launcher_qt_libraries)
        list(APPEND failures "usr/bin/vscwizard, the launcher, loads ${launcher_qt_libraries}")
    endif()
endif()

# Every Exec= line: the entry's own and those of its actions ([Desktop Action manage]).
file(STRINGS ${desktop} exec_lines REGEX "^Exec=")
file(STRINGS ${desktop} icon_line REGEX "^Icon=")
string(REGEX REPLACE "^Icon=" "" icon_name "${icon_line}")
if(NOT exec_lines)
    list(APPEND failures "the desktop entry has no Exec= line")
endif()
foreach(exec_line IN LISTS exec_lines)
    string(REGEX REPLACE "^Exec=([^ ]+).*" "\\1" exec_name "${exec_line}")
    if(NOT exec_name OR NOT EXISTS ${root}/usr/bin/${exec_name})
        list(APPEND failures "Exec=${exec_name} is not an installed program")
    endif()
endforeach()
if(NOT icon_name OR NOT EXISTS ${root}/usr/share/icons/hicolor/scalable/apps/${icon_name}.svg)
    list(APPEND failures "Icon=${icon_name} has no installed hicolor icon")
endif()

file(READ ${metainfo} metainfo_text)
string(REGEX MATCH "<launchable type=\"desktop-id\">([^<]+)</launchable>" unused "${metainfo_text}")
set(launchable "${CMAKE_MATCH_1}")
string(REGEX MATCHALL "<binary>[^<]+</binary>" provided_binaries "${metainfo_text}")
if(NOT launchable OR NOT EXISTS ${root}/usr/share/applications/${launchable})
    list(APPEND failures "the metainfo launchable '${launchable}' is not an installed desktop file")
endif()
if(NOT provided_binaries)
    list(APPEND failures "the metainfo provides no binary")
endif()
foreach(provided ${provided_binaries})
    string(REGEX REPLACE "</?binary>" "" provided "${provided}")
    if(NOT EXISTS ${root}/usr/bin/${provided})
        list(APPEND failures "the metainfo binary '${provided}' is not an installed program")
    endif()
endforeach()

# The icon must be a whole SVG document, not an empty or truncated file.
file(READ ${icon} icon_text)
if(NOT icon_text MATCHES "<svg[^>]*viewBox=.*</svg>")
    list(APPEND failures "the installed icon is not a complete SVG document")
endif()

if(failures)
    list(JOIN failures "\n  " listed)
    message(FATAL_ERROR "Installed files do not fit together:\n  ${listed}")
endif()
message(STATUS "installed into ${root}: bin/vscwizard, bin/${command_line_name}, bin/vscwizard-gui, desktop entry, icon, "
               "metainfo")
