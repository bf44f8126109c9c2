# Fails when a C++ file of ours is not formatted per .clang-format.
#   cmake -DCLANG_FORMAT=... -DSOURCE_DIR=... -P check_format.cmake
set(files)
foreach(dir app core ui tests)
    file(GLOB_RECURSE found "${SOURCE_DIR}/${dir}/*.cpp" "${SOURCE_DIR}/${dir}/*.h")
    list(APPEND files ${found})
endforeach()
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror --style=file ${files}
    WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "Files not formatted (fix with: clang-format -i FILE):\n${err}")
endif()
list(LENGTH files count)
message(STATUS "${count} files formatted correctly")
