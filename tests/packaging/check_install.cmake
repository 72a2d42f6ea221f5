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
set(desktop ${root}/usr/share/applications/vscwizard.desktop)
set(icon ${root}/usr/share/icons/hicolor/scalable/apps/vscwizard.svg)
set(metainfo ${root}/usr/share/metainfo/io.github.vscwizard.metainfo.xml)
set(failures "")
foreach(file binary desktop icon metainfo)
    if(NOT EXISTS ${${file}})
        list(APPEND failures "not installed: ${${file}}")
    endif()
endforeach()
if(failures)
    list(JOIN failures "\n  " listed)
    message(FATAL_ERROR "Install into DESTDIR is incomplete:\n  ${listed}")
endif()

execute_process(COMMAND test -x ${binary} RESULT_VARIABLE not_executable)
if(NOT not_executable EQUAL 0)
    list(APPEND failures "usr/bin/vscwizard is not executable")
endif()

file(STRINGS ${desktop} exec_line REGEX "^Exec=")
file(STRINGS ${desktop} icon_line REGEX "^Icon=")
string(REGEX REPLACE "^Exec=([^ ]+).*" "\\1" exec_name "${exec_line}")
string(REGEX REPLACE "^Icon=" "" icon_name "${icon_line}")
if(NOT exec_name OR NOT EXISTS ${root}/usr/bin/${exec_name})
    list(APPEND failures "Exec=${exec_name} is not an installed program")
endif()
if(NOT icon_name OR NOT EXISTS ${root}/usr/share/icons/hicolor/scalable/apps/${icon_name}.svg)
    list(APPEND failures "Icon=${icon_name} has no installed hicolor icon")
endif()

file(READ ${metainfo} metainfo_text)
string(REGEX MATCH "<launchable type=\"desktop-id\">([^<]+)</launchable>" unused "${metainfo_text}")
set(launchable "${CMAKE_MATCH_1}")
string(REGEX MATCH "<binary>([^<]+)</binary>" unused "${metainfo_text}")
set(provided_binary "${CMAKE_MATCH_1}")
if(NOT launchable OR NOT EXISTS ${root}/usr/share/applications/${launchable})
    list(APPEND failures "the metainfo launchable '${launchable}' is not an installed desktop file")
endif()
if(NOT provided_binary OR NOT EXISTS ${root}/usr/bin/${provided_binary})
    list(APPEND failures "the metainfo binary '${provided_binary}' is not an installed program")
endif()

# The icon must be a whole SVG document, not an empty or truncated file.
file(READ ${icon} icon_text)
if(NOT icon_text MATCHES "<svg[^>]*viewBox=.*</svg>")
    list(APPEND failures "the installed icon is not a complete SVG document")
endif()

if(failures)
    list(JOIN failures "\n  " listed)
    message(FATAL_ERROR "Installed files do not fit together:\n  ${listed}")
endif()
message(STATUS "installed into ${root}: bin/vscwizard, desktop entry, icon, metainfo")
