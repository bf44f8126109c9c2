# Windows only (included from packaging/CMakeLists.txt when WIN32): make the
# installed tree self-contained, so `cmake --install` and `cpack -G WIX|NSIS`
# produce something that runs on a clean machine.
#   1. MSVC runtime DLLs (InstallRequiredSystemLibraries).
#   2. windeployqt on the installed executables: Qt DLLs and plugins. Qt's own
#      translations are skipped (--no-translations): ours, with a copy of
#      qtbase_fa.qm, are embedded in the binaries and installed to
#      share/pasban/translations by packaging/CMakeLists.txt.
#   3. Non-Qt DLLs the executables link (OpenSSL, SQLite, libusb from vcpkg),
#      copied from the vcpkg/Qt bin folders.
# app/ installs the executables; packaging/ is added after app/, so these
# install rules run after theirs.

set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

find_program(WINDEPLOYQT windeployqt HINTS "${Qt6_DIR}/../../../bin")
if(NOT WINDEPLOYQT)
    message(WARNING "windeployqt not found: the installed tree will lack the Qt DLLs")
    return()
endif()

set(pasban_dll_dirs "${Qt6_DIR}/../../../bin")
if(VCPKG_INSTALLED_DIR AND VCPKG_TARGET_TRIPLET)
    list(APPEND pasban_dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
endif()
foreach(pasban_inc IN ITEMS "${OPENSSL_INCLUDE_DIR}" "${SQLite3_INCLUDE_DIR}")
    if(pasban_inc)
        list(APPEND pasban_dll_dirs "${pasban_inc}/../bin")
    endif()
endforeach()

# dumpbin sits next to cl.exe; file(GET_RUNTIME_DEPENDENCIES) needs it at install time.
get_filename_component(pasban_cl_dir "${CMAKE_CXX_COMPILER}" DIRECTORY)
find_program(PASBAN_DUMPBIN dumpbin HINTS "${pasban_cl_dir}")

# Configure-time values for the install-time code below.
install(CODE "
set(PASBAN_WINDEPLOYQT \"${WINDEPLOYQT}\")
set(PASBAN_BINDIR \"${CMAKE_INSTALL_BINDIR}\")
set(PASBAN_DLL_DIRS \"${pasban_dll_dirs}\")
set(PASBAN_DUMPBIN \"${PASBAN_DUMPBIN}\")
")

install(CODE [[
set(bindir "${CMAKE_INSTALL_PREFIX}/${PASBAN_BINDIR}")
set(exes "")
foreach(name IN ITEMS pasban pasban-cli)
    if(EXISTS "${bindir}/${name}.exe")
        list(APPEND exes "${bindir}/${name}.exe")
    endif()
endforeach()
if(NOT exes)
    message(FATAL_ERROR "deploy: no pasban executables in ${bindir}")
endif()

foreach(exe IN LISTS exes)
    message(STATUS "windeployqt ${exe}")
    execute_process(
        COMMAND "${PASBAN_WINDEPLOYQT}" --release --no-translations --no-compiler-runtime
                --verbose 0 "${exe}"
        COMMAND_ERROR_IS_FATAL ANY)
endforeach()

set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM "windows+pe")
if(PASBAN_DUMPBIN)
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL "dumpbin")
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND "${PASBAN_DUMPBIN}")
endif()
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES ${exes}
    DIRECTORIES ${PASBAN_DLL_DIRS}
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    PRE_EXCLUDE_REGEXES "^[Aa][Pp][Ii]-[Mm][Ss]-" "^[Ee][Xx][Tt]-[Mm][Ss]-"
    POST_EXCLUDE_REGEXES "[Ss][Yy][Ss][Tt][Ee][Mm]32")  # C:/Windows/System32
foreach(dll IN LISTS resolved)
    file(INSTALL "${dll}" DESTINATION "${bindir}")
endforeach()
if(unresolved)
    message(WARNING "deploy: DLLs not found in ${PASBAN_DLL_DIRS}: ${unresolved}")
endif()
]])
