# Project-wide compile policy, carried by one INTERFACE target that every
# library, executable and test links.

if(NOT CMAKE_CXX_COMPILER_LAUNCHER)
    find_program(VIPARITA_CCACHE ccache)
    if(VIPARITA_CCACHE)
        set(CMAKE_CXX_COMPILER_LAUNCHER "${VIPARITA_CCACHE}")
    endif()
endif()

option(VIPARITA_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" OFF)
option(VIPARITA_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

add_library(viparita_policy INTERFACE)
add_library(viparita::policy ALIAS viparita_policy)

target_compile_features(viparita_policy INTERFACE cxx_std_20)
target_compile_definitions(viparita_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(viparita_policy INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wconversion
        -Wnon-virtual-dtor -Woverloaded-virtual -Wold-style-cast -Wcast-align
        -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
    if(VIPARITA_WARNINGS_AS_ERRORS)
        target_compile_options(viparita_policy INTERFACE -Werror)
    endif()
    if(VIPARITA_SANITIZE)
        target_compile_options(viparita_policy INTERFACE
            -fsanitize=address,undefined -fno-sanitize-recover=undefined
            -fno-omit-frame-pointer)
        target_link_options(viparita_policy INTERFACE -fsanitize=address,undefined)
    endif()
endif()
