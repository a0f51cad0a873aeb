# Regenerates the bundled sample export with `rosterbench-generate --preset lakeview` and fails
# when it differs from resources/sample/lakeview: the generator and the committed sample (and
# the line numbers in resources/sample/README.md) must move together.
#
#   cmake -DGENERATOR=<exe> -DSAMPLE=<resources/sample/lakeview> -DOUT=<scratch folder>
#         -P checksample.cmake

foreach(var GENERATOR SAMPLE OUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "checksample.cmake needs -D${var}=...")
    endif()
endforeach()

file(REMOVE_RECURSE "${OUT}")
execute_process(COMMAND "${GENERATOR}" --preset lakeview --out "${OUT}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "rosterbench-generate --preset lakeview failed (${result})")
endif()

foreach(name manifest orgs users demographics classes enrollments)
    execute_process(
        COMMAND "${CMAKE_COMMAND}" -E compare_files --ignore-eol
                "${OUT}/${name}.csv" "${SAMPLE}/${name}.csv"
        RESULT_VARIABLE different)
    if(NOT different EQUAL 0)
        message(FATAL_ERROR
            "${SAMPLE}/${name}.csv is not what `rosterbench-generate --preset lakeview` writes. "
            "If the generator changed on purpose, regenerate the sample:\n"
            "  rosterbench-generate --preset lakeview --out resources/sample/lakeview\n"
            "and check the line numbers listed in resources/sample/README.md.")
    endif()
endforeach()
file(REMOVE_RECURSE "${OUT}")
