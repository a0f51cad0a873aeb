# Checks the manual page against the command line it documents: run by CTest (label installer) as
#   cmake -DMAN_PAGE=… -DCLI_DIR=app/cli -DGROFF=… -P checkmanpage.cmake
#
# - it renders with groff, without a warning;
# - every command app/cli/commandline.cpp takes has its entry under COMMANDS;
# - every option the commands declare (QCommandLineOption in app/cli/*.cpp) is named in it.

foreach(var MAN_PAGE CLI_DIR GROFF)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "checkmanpage.cmake needs -D${var}=…")
    endif()
endforeach()

# No hyphenation, no overstriking: plain text to look for names in.
execute_process(COMMAND "${GROFF}" -man -Tutf8 -ww -rHY=0 -P-c -P-b -P-u "${MAN_PAGE}"
    OUTPUT_VARIABLE rendered ERROR_VARIABLE warnings RESULT_VARIABLE result)
if(NOT result EQUAL 0 OR NOT warnings STREQUAL "")
    message(FATAL_ERROR "groff could not render ${MAN_PAGE} cleanly (${result}):\n${warnings}")
endif()
if(NOT rendered MATCHES "NAME\n +rosterbench +- ")
    message(FATAL_ERROR "The rendered page has no NAME section for rosterbench:\n${rendered}")
endif()

# The part between the COMMANDS heading and the next heading.
string(FIND "${rendered}" "\nCOMMANDS\n" start)
string(FIND "${rendered}" "\nEXIT STATUS\n" end)
if(start LESS 0 OR end LESS start)
    message(FATAL_ERROR "The page needs a COMMANDS and an EXIT STATUS section:\n${rendered}")
endif()
math(EXPR length "${end} - ${start}")
string(SUBSTRING "${rendered}" ${start} ${length} commands_section)

file(READ "${CLI_DIR}/commandline.cpp" dispatcher)
string(REGEX MATCH "Commands\\[\\] = {([^}]*)}" found "${dispatcher}")
if(NOT found)
    message(FATAL_ERROR "No Commands[] list in ${CLI_DIR}/commandline.cpp")
endif()
string(REGEX MATCHALL "\"[^\"]+\"" commands "${CMAKE_MATCH_1}")
set(checked 0)
foreach(quoted IN LISTS commands)
    string(REPLACE "\"" "" command "${quoted}")
    # Each command heads an entry under COMMANDS ("       check  Reads…"), alone or among the
    # names of one ("       help, --help, -h").
    string(REGEX REPLACE "([.+*?^$|()\\[\\]-])" "\\\\\\1" pattern "${command}")
    if(NOT commands_section MATCHES "\n       ([^ \n][^\n]*, )?${pattern}[ ,\n]")
        message(FATAL_ERROR "The manual page has no entry for the command “${command}” under COMMANDS.")
    endif()
    math(EXPR checked "${checked} + 1")
endforeach()

file(GLOB sources "${CLI_DIR}/*.cpp")
foreach(source IN LISTS sources)
    file(READ "${source}" text)
    string(REGEX MATCHALL "QCommandLineOption [A-Za-z]+\\([ \n]*{?QStringLiteral\\(\"[^\"]+\"\\)(, QStringLiteral\\(\"[^\"]+\"\\))?" declarations "${text}")
    foreach(declaration IN LISTS declarations)
        string(REGEX MATCHALL "\"[^\"]+\"" names "${declaration}")
        list(GET names -1 name) # the long name, when there is a short one too
        string(REPLACE "\"" "" name "${name}")
        if(NOT rendered MATCHES "--${name}[ ,\n=]")
            get_filename_component(file "${source}" NAME)
            message(FATAL_ERROR "The manual page does not name the option --${name} (${file}).")
        endif()
        math(EXPR checked "${checked} + 1")
    endforeach()
endforeach()
if(checked LESS 20)
    message(FATAL_ERROR "Only ${checked} commands and options found in ${CLI_DIR}: the patterns no longer match the code.")
endif()
message(STATUS "The manual page renders and names ${checked} commands and options.")
