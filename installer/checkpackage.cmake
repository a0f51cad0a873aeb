# Builds the Debian package and checks what it declares and holds: run by CTest (label installer)
# as
#   cmake -DCPACK=… -DBUILD_DIR=… -DOUT_DIR=… -DDPKG_DEB=… -P checkpackage.cmake
#
# - it depends on the SQLite driver sessions are kept with (a Qt plugin dpkg-shlibdeps cannot see),
#   by name, not on whatever SQL driver happens to be there;
# - it installs the manual page, gzipped, where man looks for section 1.

foreach(var CPACK BUILD_DIR OUT_DIR DPKG_DEB)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "checkpackage.cmake needs -D${var}=…")
    endif()
endforeach()

file(REMOVE_RECURSE "${OUT_DIR}")
file(MAKE_DIRECTORY "${OUT_DIR}")
execute_process(COMMAND "${CPACK}" -G DEB --config "${BUILD_DIR}/CPackConfig.cmake" -B "${OUT_DIR}"
    WORKING_DIRECTORY "${BUILD_DIR}" OUTPUT_VARIABLE output ERROR_VARIABLE output RESULT_VARIABLE result)
file(GLOB packages "${OUT_DIR}/*.deb")
if(NOT result EQUAL 0 OR NOT packages)
    message(FATAL_ERROR "cpack -G DEB made no package (${result}):\n${output}")
endif()
list(GET packages 0 package)

execute_process(COMMAND "${DPKG_DEB}" --field "${package}" Depends
    OUTPUT_VARIABLE depends OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "dpkg-deb cannot read the control data of ${package}")
endif()
string(REPLACE ", " ";" depends_list "${depends}")
list(FIND depends_list "libqt6sql6-sqlite" sqlite)
if(sqlite LESS 0)
    message(FATAL_ERROR "Depends does not name libqt6sql6-sqlite, the driver every session needs:\n  ${depends}")
endif()
# Nothing that stands for "any driver": an alternative, or Qt's catch-all drivers package.
if(depends MATCHES "\\|" OR depends MATCHES "qt6-sql-drivers|libqt6sql6-(mysql|psql|odbc|ibase)")
    message(FATAL_ERROR "Depends should name the SQLite driver alone:\n  ${depends}")
endif()

execute_process(COMMAND "${DPKG_DEB}" --contents "${package}" OUTPUT_VARIABLE contents RESULT_VARIABLE result)
if(NOT result EQUAL 0 OR NOT contents MATCHES " \\./usr/share/man/man1/rosterbench\\.1\\.gz\n")
    message(FATAL_ERROR "The package does not install usr/share/man/man1/rosterbench.1.gz:\n${contents}")
endif()
if(NOT contents MATCHES "-rw-r--r-- [^\n]* \\./usr/share/man/man1/rosterbench\\.1\\.gz")
    message(FATAL_ERROR "The manual page must be readable by everyone (0644):\n${contents}")
endif()
# The page installed is the one in installer/, whole.
execute_process(COMMAND "${DPKG_DEB}" --extract "${package}" "${OUT_DIR}/root" RESULT_VARIABLE result)
set(installed "${OUT_DIR}/root/usr/share/man/man1/rosterbench.1.gz")
if(NOT result EQUAL 0 OR NOT EXISTS "${installed}")
    message(FATAL_ERROR "Could not extract ${package}")
endif()
if(DEFINED GZIP AND DEFINED MAN_PAGE)
    execute_process(COMMAND "${GZIP}" -dc "${installed}" OUTPUT_VARIABLE page RESULT_VARIABLE result)
    file(READ "${MAN_PAGE}" source)
    if(NOT result EQUAL 0 OR NOT page STREQUAL source)
        message(FATAL_ERROR "The package's manual page is not installer/rosterbench.1 gzipped.")
    endif()
endif()
message(STATUS "${package}: Depends: ${depends}; manual page installed.")
