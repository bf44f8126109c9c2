# One INTERFACE target carries the language level, warnings, Qt safety defines and
# hardening flags; every target of ours links it (after qBittorrent's CommonConfig).
include_guard(GLOBAL)

set(CMAKE_POSITION_INDEPENDENT_CODE ON)
include(CheckPIESupported)
check_pie_supported()

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()

add_library(project_options INTERFACE)
target_compile_features(project_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(project_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    PASBAN_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(project_options INTERFACE
        -Wall -Wextra -Wpedantic -Werror
        -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
        -Wformat=2 -Wimplicit-fallthrough
        -fstack-protector-strong
        -fno-strict-aliasing)
    # FORTIFY needs optimisation and fights with the sanitizers' interceptors.
    if(NOT PASBAN_SANITIZE AND NOT PASBAN_FUZZ)
        target_compile_options(project_options INTERFACE
            $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=3>)
    endif()
    if(NOT WIN32)
        target_link_options(project_options INTERFACE
            -pie -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack)
    endif()
    if(PASBAN_FUZZ)
        # Coverage instrumentation everywhere, so libFuzzer sees inside the parsers
        # in pasban_core; the fuzzer's main() is linked only into fuzz targets.
        target_compile_options(project_options INTERFACE -fsanitize=fuzzer-no-link)
    endif()
    if(PASBAN_SANITIZE)
        target_compile_options(project_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(project_options INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(project_options INTERFACE /W4 /WX /permissive- /utf-8 /guard:cf /sdl)
    target_link_options(project_options INTERFACE /guard:cf /DYNAMICBASE /HIGHENTROPYVA /NXCOMPAT)
endif()
