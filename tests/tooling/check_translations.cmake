# Fails when lupdate finds a user-visible string that pasban_fa.ts lacks or has
# unfinished. Runs lupdate on a copy, so the source tree is never modified.
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P check_translations.cmake
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copy "${WORK_DIR}/pasban_fa.ts")
configure_file("${SOURCE_DIR}/translations/pasban_fa.ts" "${copy}" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -locations none -no-obsolete
            "${SOURCE_DIR}/core" "${SOURCE_DIR}/report" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app" -ts "${copy}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}):\n${out}\n${err}")
endif()
file(READ "${copy}" ts)
string(REGEX MATCHALL "<message[^>]*>[ \n\r\t]*<source>[^<]*</source>([ \n\r\t]*<comment>[^<]*</comment>)?[ \n\r\t]*<translation type=\"unfinished\"" unfinished "${ts}")
string(REGEX MATCHALL "type=\"unfinished\"" markers "${ts}")
list(LENGTH markers count)
if(count GREATER 0)
    string(REGEX REPLACE "<translation type=\"unfinished\"" "" listing "${unfinished}")
    message(FATAL_ERROR "${count} string(s) without a Persian translation in translations/pasban_fa.ts "
                        "(run: cmake --build BUILD --target update_translations, then translate):\n${listing}")
endif()
string(REGEX MATCHALL "<source>" sources "${ts}")
list(LENGTH sources total)
if(total LESS 20)
    message(FATAL_ERROR "lupdate found only ${total} strings: the check is not looking at the sources")
endif()
message(STATUS "pasban_fa.ts: all ${total} strings translated")
