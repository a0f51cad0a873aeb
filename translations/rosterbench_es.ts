<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AeriesClient</name>
    <message>
        <location filename="../app/sis/aeriesclient.cpp" line="109"/>
        <source>an access token</source>
        <translation>un token de acceso</translation>
    </message>
    <message>
        <location filename="../app/sis/aeriesclient.cpp" line="134"/>
        <source>%1 answered the sign-in at %2 without an access token. Check that the OneRoster URL is the one Aeries gives (such as https://district.aeries.net/aeries), and pull again.</source>
        <translation>%1 respondió al inicio de sesión en %2 sin un token de acceso. Compruebe que la URL de OneRoster sea la que indica Aeries (por ejemplo, https://district.aeries.net/aeries) y vuelva a extraer los datos.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="32"/>
        <source>Reads a OneRoster 1.1 CSV export and reports every problem the hub would object to.
Exit code 0: no errors; 1: errors found; 2: the export could not be read.</source>
        <translation>Lee una exportación CSV de OneRoster 1.1 e informa todos los problemas que el hub rechazaría.
Código de salida 0: sin errores; 1: se encontraron errores; 2: no se pudo leer la exportación.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="37"/>
        <source>Report format: text (default), csv, csv-excel (CSV as Excel opens it), json or html.</source>
        <translation>Formato del informe: text (predeterminado), csv, csv-excel (CSV tal como lo abre Excel), json o html.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="38"/>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="40"/>
        <source>Write the report to FILE instead of the terminal.</source>
        <translation>Escribe el informe en ARCHIVO en lugar de mostrarlo en la terminal.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="41"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="44"/>
        <source>How phone numbers without a country code are read: a two-letter region code (default US).</source>
        <translation>Cómo se leen los números de teléfono sin código de país: un código de región de dos letras (predeterminado: US).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="46"/>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="51"/>
        <source>A zip, a folder, or the CSV files of one export; or a session, whose latest import is checked.</source>
        <translation>Un zip, una carpeta o los archivos CSV de una exportación; o una sesión, de la que se comprueba la última importación.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="68"/>
        <source>Unknown format “%1”: use %2.</source>
        <translation>Formato desconocido “%1”: use %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="76"/>
        <source>Name the export to check: a zip, a folder or CSV files.</source>
        <translation>Indique la exportación que desea revisar: un zip, una carpeta o archivos CSV.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="77"/>
        <source>Run “rosterbench check --help” for the options.</source>
        <translation>Ejecute “rosterbench check --help” para ver las opciones.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="84"/>
        <source>“%1” is not a region code: use two letters, such as US, CA or MX.</source>
        <translation>“%1” no es un código de región: use dos letras, como US, CA o MX.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="106"/>
        <source>Could not write the report to “%1”: %2</source>
        <translation>No se pudo escribir el informe en “%1”: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="118"/>
        <source>Could not read: %1</source>
        <translation>No se pudo leer: %1</translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <location filename="../ui/clearbutton.cpp" line="21"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>CleverClient</name>
    <message>
        <location filename="../app/sis/cleverclient.cpp" line="209"/>
        <source>no “data” list</source>
        <translation>no hay una lista “data”</translation>
    </message>
    <message>
        <location filename="../app/sis/cleverclient.cpp" line="211"/>
        <source>%1 answered the request for %2 at %3 with something that is not the Data API&apos;s JSON (%4). Check that the address is Clever&apos;s API (https://api.clever.com), and pull again.</source>
        <translation>%1 respondió a la solicitud de %2 en %3 con algo que no es el JSON de la Data API (%4). Compruebe que la dirección sea la de la API de Clever (https://api.clever.com) y vuelva a extraer los datos.</translation>
    </message>
    <message>
        <location filename="../app/sis/cleverclient.cpp" line="229"/>
        <source>%1 sent a record of %2 without an id (%3). Tell Clever&apos;s support.</source>
        <translation>%1 envió un registro de %2 sin id (%3). Comuníquelo al soporte de Clever.</translation>
    </message>
    <message>
        <location filename="../app/sis/cleverclient.cpp" line="250"/>
        <source>%1 sent the next page of %2 to another server (%3). Rosterbench sends the token only to the address entered, so the pull stopped.</source>
        <translation>%1 envió la siguiente página de %2 a otro servidor (%3). Rosterbench envía el token solo a la dirección ingresada, así que la extracción se detuvo.</translation>
    </message>
    <message>
        <location filename="../app/sis/cleverclient.cpp" line="256"/>
        <source>%1 sent the same page of %2 again (%3): the pull would never end. Tell Clever&apos;s support.</source>
        <translation>%1 volvió a enviar la misma página de %2 (%3): la extracción nunca terminaría. Comuníquelo al soporte de Clever.</translation>
    </message>
    <message>
        <location filename="../app/sis/cleverclient.cpp" line="269"/>
        <location filename="../app/sis/cleverclient.cpp" line="275"/>
        <source>districts</source>
        <translation>distritos</translation>
    </message>
    <message>
        <location filename="../app/sis/cleverclient.cpp" line="285"/>
        <source>schools</source>
        <translation>escuelas</translation>
    </message>
    <message>
        <location filename="../app/sis/cleverclient.cpp" line="300"/>
        <source>students</source>
        <translation>estudiantes</translation>
    </message>
    <message>
        <location filename="../app/sis/cleverclient.cpp" line="319"/>
        <source>teachers</source>
        <translation>docentes</translation>
    </message>
    <message>
        <location filename="../app/sis/cleverclient.cpp" line="331"/>
        <source>staff</source>
        <translation>personal</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sis/cleverclient.cpp" line="344"/>
        <source>%n user(s) are both teacher and staff in Clever; each is kept once, as a teacher.</source>
        <translation>
            <numerusform>%n usuario es a la vez docente y personal en Clever; se conserva una sola vez, como docente.</numerusform>
            <numerusform>%n usuarios son a la vez docentes y personal en Clever; cada uno se conserva una sola vez, como docente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sis/cleverclient.cpp" line="348"/>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <location filename="../app/sis/cleverclient.cpp" line="422"/>
        <source>sections</source>
        <translation>secciones</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="30"/>
        <source>Usage: rosterbench [EXPORT...]
       rosterbench check EXPORT... [--format text|csv|csv-excel|json|html] [--output FILE]
       rosterbench check SESSION [--format ...]
       rosterbench pull aeries|classlink|clever --url URL --id ID
                        (--out EXPORT.zip | --session SESSION) [--secret-env VAR]
       rosterbench session import SESSION EXPORT...
       rosterbench session info SESSION
       rosterbench session match SESSION [--hub-schools FILE.csv] [--auto]
                         [--set SIS_ID=HUB_ID ...] [--skip SIS_ID ...] [--confirm]
       rosterbench rules [--format text|csv]
       rosterbench explain CODE

Without a command, opens the window (on EXPORT, if given).

Commands:
  check    Read a OneRoster 1.1 CSV export (a zip, a folder or the CSV files) and
           report every problem found. Exit code 0: no errors; 1: errors found;
           2: the export could not be read.
           Given a session, checks its latest import.
  pull     Pull the roster from Aeries, ClassLink or Clever, keep it as a OneRoster
           export and check it. The secret is read from the variable --secret-env
           names, or from standard input; never from the arguments.
  session  Keep exports in a session file and list what it holds; match the
           SIS&apos;s schools to the hub&apos;s schools and confirm (lock) the matching.
  rules    List every rule checked, with its code and severity.
  explain  Explain one rule: what the hub does, and how to fix it.

Run “rosterbench COMMAND --help” for a command&apos;s options.
</source>
        <translation>Uso: rosterbench [EXPORT...]
     rosterbench check EXPORT... [--format text|csv|csv-excel|json|html] [--output ARCHIVO]
     rosterbench check SESIÓN [--format ...]
     rosterbench pull aeries|classlink|clever --url URL --id ID
                      (--out EXPORT.zip | --session SESIÓN) [--secret-env VAR]
     rosterbench session import SESIÓN EXPORT...
     rosterbench session info SESIÓN
     rosterbench session match SESIÓN [--hub-schools ARCHIVO.csv] [--auto]
                       [--set SIS_ID=HUB_ID ...] [--skip SIS_ID ...] [--confirm]
     rosterbench rules [--format text|csv]
     rosterbench explain CODE

Sin un comando, abre la ventana (con EXPORT, si se indica).

Comandos:
  check    Lee una exportación CSV de OneRoster 1.1 (un zip, una carpeta o los
           archivos CSV) e informa todos los problemas encontrados. Código de
           salida 0: sin errores; 1: se encontraron errores; 2: no se pudo leer
           la exportación.
           Con una sesión, comprueba su última importación.
  pull     Extrae la lista de Aeries, ClassLink o Clever, la guarda como una
           exportación de OneRoster y la comprueba. El secreto se lee de la
           variable que indica --secret-env o de la entrada estándar; nunca de
           los argumentos.
  session  Guarda exportaciones en un archivo de sesión y lista lo que contiene;
           empareja las escuelas del SIS con las escuelas del hub y confirma
           (bloquea) el emparejamiento.
  rules    Muestra todas las reglas que se revisan, con su código y gravedad.
  explain  Explica una regla: qué hace el hub y cómo corregir el problema.

Ejecute “rosterbench COMANDO --help” para ver las opciones de un comando.
</translation>
    </message>
</context>
<context>
    <name>ExportReader</name>
    <message>
        <location filename="../app/oneroster/exportreader.cpp" line="35"/>
        <source>it is an Excel workbook (.xlsx) or another zip, renamed to .csv</source>
        <translation>es un libro de Excel (.xlsx) u otro zip, renombrado a .csv</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportreader.cpp" line="37"/>
        <source>it is an old Excel workbook (.xls), renamed to .csv</source>
        <translation>es un libro de Excel antiguo (.xls), renombrado a .csv</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportreader.cpp" line="39"/>
        <source>it is UTF-16 text, which Excel calls “Unicode Text”</source>
        <translation>es texto UTF-16, que Excel llama “Texto Unicode”</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportreader.cpp" line="41"/>
        <source>it is a rich-text (RTF) document</source>
        <translation>es un documento de texto enriquecido (RTF)</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportreader.cpp" line="43"/>
        <source>it is a PDF document</source>
        <translation>es un documento PDF</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportreader.cpp" line="48"/>
        <source>it is UTF-16 text without a byte-order mark</source>
        <translation>es texto UTF-16 sin marca de orden de bytes (BOM)</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportreader.cpp" line="49"/>
        <source>it holds binary data</source>
        <translation>contiene datos binarios</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportreader.cpp" line="235"/>
        <source>Reading %1</source>
        <translation>Leyendo %1</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportreader.cpp" line="292"/>
        <source>%1, line %2: the line is longer than %3 MB without ending. This is not a roster file, or it was damaged.</source>
        <translation>%1, línea %2: la línea supera los %3 MB sin terminar. No es un archivo de OneRoster o está dañado.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportreader.cpp" line="476"/>
        <source>(blank)</source>
        <translation>(en blanco)</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportreader.cpp" line="622"/>
        <source>Indexing</source>
        <translation>Indexando</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportreader.cpp" line="626"/>
        <source>Checking the rules</source>
        <translation>Revisando las reglas</translation>
    </message>
</context>
<context>
    <name>ExportSource</name>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="82"/>
        <source>“%1” in the zip could not be opened: the zip is damaged or incomplete.</source>
        <translation>No se pudo abrir “%1” dentro del zip: el zip está dañado o incompleto.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="100"/>
        <source>“%1” could not be inflated: the zip is damaged or was cut short.</source>
        <translation>No se pudo descomprimir “%1”: el zip está dañado o quedó incompleto.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="108"/>
        <source>“%1” is damaged: its contents do not match its checksum. The zip was probably cut short or corrupted in transfer.</source>
        <translation>“%1” está dañado: su contenido no coincide con su suma de verificación. Probablemente el zip quedó incompleto o se dañó durante la transferencia.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="113"/>
        <source>“%1” is damaged: it inflates to %2 bytes where the zip says %3.</source>
        <translation>“%1” está dañado: descomprimido ocupa %2 bytes, pero el zip indica %3.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="122"/>
        <source>“%1” inflates to more than %2; Rosterbench does not read files that large.</source>
        <translation>“%1” ocupa más de %2 descomprimido; Rosterbench no lee archivos tan grandes.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="128"/>
        <source>“%1” inflates to more than %2 times its compressed size: this zip is built to exhaust memory (a zip bomb), not a roster export.</source>
        <translation>“%1” descomprimido ocupa más de %2 veces su tamaño comprimido: este zip está hecho para agotar la memoria (una bomba zip); no es una exportación de OneRoster.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="178"/>
        <source>“%1” could not be read as a zip: it is damaged or incomplete (its table of contents is missing, which happens when a download or copy is cut short).</source>
        <translation>No se pudo leer “%1” como zip: está dañado o incompleto (le falta el índice de contenido, lo que ocurre cuando una descarga o una copia se interrumpe).</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="186"/>
        <source>“%1” is damaged: its table of contents could not be read.</source>
        <translation>“%1” está dañado: no se pudo leer su índice de contenido.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="194"/>
        <source>“%1” holds an entry named “%2” that points outside the export. Rosterbench does not open zips like this; make the zip again from the exported files.</source>
        <translation>“%1” contiene una entrada llamada “%2” que apunta fuera de la exportación. Rosterbench no abre zips así; vuelva a crear el zip con los archivos exportados.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="203"/>
        <source>“%1” is password-protected (“%2” is encrypted). Export the files again without a password.</source>
        <translation>“%1” está protegido con contraseña (“%2” está cifrado). Vuelva a exportar los archivos sin contraseña.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="211"/>
        <source>“%1” in “%2” would inflate to %3; Rosterbench does not read files that large.</source>
        <translation>“%1” en “%2” ocuparía %3 descomprimido; Rosterbench no lee archivos tan grandes.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="217"/>
        <source>“%1” in “%2” would inflate from %3 to %4: this zip is built to exhaust memory (a zip bomb), not a roster export.</source>
        <translation>“%1” en “%2” pasaría de %3 a %4 al descomprimirse: este zip está hecho para agotar la memoria (una bomba zip); no es una exportación de OneRoster.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="231"/>
        <source>“%1” would inflate to %2 in all; Rosterbench does not read exports that large.</source>
        <translation>“%1” ocuparía %2 en total descomprimido; Rosterbench no lee exportaciones tan grandes.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="291"/>
        <source>“%1” could not be opened: %2</source>
        <translation>No se pudo abrir “%1”: %2</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="341"/>
        <source>No export was named.</source>
        <translation>No se indicó ninguna exportación.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="347"/>
        <source>“%1” does not exist.</source>
        <translation>“%1” no existe.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="351"/>
        <source>“%1” cannot be read: permission denied.</source>
        <translation>No se puede leer “%1”: permiso denegado.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="381"/>
        <source>The folder “%1” holds no CSV files. Choose the folder the OneRoster files were exported to, or the zip itself.</source>
        <translation>La carpeta “%1” no contiene archivos CSV. Elija la carpeta donde se exportaron los archivos de OneRoster, o el propio zip.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="392"/>
        <source>“%1” is a folder: open one folder by itself, or choose only files.</source>
        <translation>“%1” es una carpeta: abra una carpeta sola o elija solo archivos.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="396"/>
        <location filename="../app/oneroster/exportsource.cpp" line="430"/>
        <source>“%1” is empty (0 bytes): the export or the copy did not finish.</source>
        <translation>“%1” está vacío (0 bytes): la exportación o la copia no terminó.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="407"/>
        <location filename="../app/oneroster/exportsource.cpp" line="435"/>
        <source>“%1” is not a zip file, or it is damaged: it does not start the way every zip does.</source>
        <translation>“%1” no es un archivo zip o está dañado: no empieza como empiezan todos los zip.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="326"/>
        <source>“%1” is an Excel workbook, not a zip of CSV files. Save each sheet as “CSV UTF-8” and zip the six files.</source>
        <translation>“%1” es un libro de Excel, no un zip de archivos CSV. Guarde cada hoja como “CSV UTF-8” y comprima los seis archivos en un zip.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="329"/>
        <source>The zip “%1” holds no CSV files.</source>
        <translation>El zip “%1” no contiene archivos CSV.</translation>
    </message>
</context>
<context>
    <name>ExportWriter</name>
    <message>
        <location filename="../app/oneroster/exportwriter.cpp" line="146"/>
        <source>The export could not be written: the zip could not be created.</source>
        <translation>No se pudo escribir la exportación: no se pudo crear el zip.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportwriter.cpp" line="157"/>
        <location filename="../app/oneroster/exportwriter.cpp" line="162"/>
        <source>The export could not be written: %1 could not be added to the zip.</source>
        <translation>No se pudo escribir la exportación: no se pudo agregar %1 al zip.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportwriter.cpp" line="168"/>
        <source>The export could not be written: the zip could not be finished.</source>
        <translation>No se pudo escribir la exportación: no se pudo terminar el zip.</translation>
    </message>
</context>
<context>
    <name>FindingCodec</name>
    <message>
        <location filename="../app/session/findingcodec.cpp" line="81"/>
        <source>The findings kept in this session are damaged and cannot be read. Check the export again to see its findings.</source>
        <translation>Los hallazgos guardados en esta sesión están dañados y no se pueden leer. Compruebe la exportación de nuevo para ver sus hallazgos.</translation>
    </message>
    <message>
        <location filename="../app/session/findingcodec.cpp" line="87"/>
        <source>The findings kept in this session are incomplete: they end too early. Check the export again to see its findings.</source>
        <translation>Los hallazgos guardados en esta sesión están incompletos: terminan antes de tiempo. Compruebe la exportación de nuevo para ver sus hallazgos.</translation>
    </message>
    <message>
        <location filename="../app/session/findingcodec.cpp" line="179"/>
        <source>What this session keeps as findings is not something Rosterbench wrote. Check the export again to see its findings.</source>
        <translation>Lo que esta sesión guarda como hallazgos no lo escribió Rosterbench. Compruebe la exportación de nuevo para ver sus hallazgos.</translation>
    </message>
    <message>
        <location filename="../app/session/findingcodec.cpp" line="186"/>
        <source>The findings kept in this session were written by a newer version of Rosterbench (format %1; this version reads format %2 and older). Open the session in that version, or check the export again.</source>
        <translation>Los hallazgos guardados en esta sesión los escribió una versión más reciente de Rosterbench (formato %1; esta versión lee el formato %2 y anteriores). Abra la sesión con esa versión o compruebe la exportación de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/session/findingcodec.cpp" line="211"/>
        <source>The findings kept in this session name the rule “%1”, which this version of Rosterbench does not know. Check the export again to see its findings as today&apos;s rules find them.</source>
        <translation>Los hallazgos guardados en esta sesión nombran la regla “%1”, que esta versión de Rosterbench no conoce. Compruebe la exportación de nuevo para ver los hallazgos según las reglas actuales.</translation>
    </message>
</context>
<context>
    <name>FindingList</name>
    <message>
        <location filename="../app/validation/finding.cpp" line="45"/>
        <source>this user</source>
        <translation>este usuario</translation>
    </message>
    <message>
        <location filename="../app/validation/finding.cpp" line="46"/>
        <source>this student</source>
        <translation>este estudiante</translation>
    </message>
    <message>
        <location filename="../app/validation/finding.cpp" line="47"/>
        <source>this class</source>
        <translation>esta clase</translation>
    </message>
    <message>
        <location filename="../app/validation/finding.cpp" line="48"/>
        <source>this school</source>
        <translation>esta escuela</translation>
    </message>
    <message>
        <location filename="../app/validation/finding.cpp" line="49"/>
        <source>this record</source>
        <translation>este registro</translation>
    </message>
</context>
<context>
    <name>HubSchoolList</name>
    <message>
        <location filename="../app/matching/hubschoollist.cpp" line="125"/>
        <source>There is no file “%1”.</source>
        <translation>No existe el archivo “%1”.</translation>
    </message>
    <message>
        <location filename="../app/matching/hubschoollist.cpp" line="129"/>
        <source>“%1” is a folder, not a CSV file of the hub&apos;s schools.</source>
        <translation>“%1” es una carpeta, no un archivo CSV con las escuelas del hub.</translation>
    </message>
    <message>
        <location filename="../app/matching/hubschoollist.cpp" line="133"/>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer “%1”: %2</translation>
    </message>
    <message>
        <location filename="../app/matching/hubschoollist.cpp" line="137"/>
        <source>“%1” is %2 MB: too large to be a list of schools. Is it the right file?</source>
        <translation>“%1” ocupa %2 MB: es demasiado grande para ser una lista de escuelas. ¿Es el archivo correcto?</translation>
    </message>
    <message>
        <location filename="../app/matching/hubschoollist.cpp" line="149"/>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <location filename="../app/matching/hubschoollist.cpp" line="151"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/matching/hubschoollist.cpp" line="155"/>
        <source>this is an Excel workbook, not a CSV file. In Excel, use File › Save As and choose “CSV UTF-8 (Comma delimited)”.</source>
        <translation>este es un libro de Excel, no un archivo CSV. En Excel, use Archivo › Guardar como y elija “CSV UTF-8 (delimitado por comas)”.</translation>
    </message>
    <message>
        <location filename="../app/matching/hubschoollist.cpp" line="160"/>
        <source>this file is saved as “Unicode Text” (UTF-16). Save it as “CSV UTF-8 (Comma delimited)” instead.</source>
        <translation>este archivo está guardado como “Texto Unicode” (UTF-16). Guárdelo como “CSV UTF-8 (delimitado por comas)”.</translation>
    </message>
    <message>
        <location filename="../app/matching/hubschoollist.cpp" line="165"/>
        <source>too large to be a list of schools.</source>
        <translation>es demasiado grande para ser una lista de escuelas.</translation>
    </message>
    <message>
        <location filename="../app/matching/hubschoollist.cpp" line="169"/>
        <source>this is not a text file, so not a CSV list of schools.</source>
        <translation>no es un archivo de texto, así que no es una lista CSV de escuelas.</translation>
    </message>
    <message>
        <location filename="../app/matching/hubschoollist.cpp" line="176"/>
        <source>the line is far longer than any row of a list of schools: this is not such a list.</source>
        <translation>la línea es mucho más larga que cualquier fila de una lista de escuelas: no es una lista de ese tipo.</translation>
    </message>
    <message>
        <location filename="../app/matching/hubschoollist.cpp" line="187"/>
        <source>the file is empty. It needs a header row (id,name and, if known, nces_id,city) and one row per school.</source>
        <translation>el archivo está vacío. Necesita una fila de encabezado (id,name y, si se conocen, nces_id,city) y una fila por escuela.</translation>
    </message>
    <message>
        <location filename="../app/matching/hubschoollist.cpp" line="201"/>
        <source>the columns “%1” and “%2” both hold the school&apos;s %3. Keep one.</source>
        <translation>las columnas “%1” y “%2” contienen ambas el mismo dato de la escuela (%3). Deje solo una.</translation>
    </message>
    <message>
        <location filename="../app/matching/hubschoollist.cpp" line="211"/>
        <source>the columns are separated by %1, not commas. Save the file as “CSV UTF-8 (Comma delimited)”.</source>
        <translation>las columnas están separadas por %1, no por comas. Guarde el archivo como “CSV UTF-8 (delimitado por comas)”.</translation>
    </message>
    <message>
        <location filename="../app/matching/hubschoollist.cpp" line="213"/>
        <source>semicolons</source>
        <translation>puntos y comas</translation>
    </message>
    <message>
        <location filename="../app/matching/hubschoollist.cpp" line="213"/>
        <source>tabs</source>
        <translation>tabulaciones</translation>
    </message>
    <message>
        <location filename="../app/matching/hubschoollist.cpp" line="226"/>
        <source>there is no column “%1”. The first line must name the columns: id and name, and if known nces_id and city. It names %2.</source>
        <translation>no hay ninguna columna “%1”. La primera línea debe nombrar las columnas: id y name y, si se conocen, nces_id y city. La de este archivo nombra: %2.</translation>
    </message>
    <message>
        <location filename="../app/matching/hubschoollist.cpp" line="246"/>
        <source>the text is not UTF-8 (the file was probably saved as “CSV (Comma delimited)”). Save it as “CSV UTF-8 (Comma delimited)”.</source>
        <translation>el texto no está en UTF-8 (probablemente el archivo se guardó como “CSV (delimitado por comas)”). Guárdelo como “CSV UTF-8 (delimitado por comas)”.</translation>
    </message>
    <message>
        <location filename="../app/matching/hubschoollist.cpp" line="248"/>
        <source>a quotation mark opens a cell that never closes.</source>
        <translation>unas comillas abren una celda que nunca se cierra.</translation>
    </message>
    <message>
        <location filename="../app/matching/hubschoollist.cpp" line="252"/>
        <source>the row has %1 cells but the header %2. A name holding a comma must be in quotation marks.</source>
        <translation>la fila tiene %1 celdas, pero el encabezado tiene %2. Un nombre que contenga una coma debe ir entre comillas.</translation>
    </message>
    <message>
        <location filename="../app/matching/hubschoollist.cpp" line="265"/>
        <source>the row has no id and no name.</source>
        <translation>la fila no tiene id ni nombre.</translation>
    </message>
    <message>
        <location filename="../app/matching/hubschoollist.cpp" line="266"/>
        <source>“%1” has no id.</source>
        <translation>“%1” no tiene id.</translation>
    </message>
    <message>
        <location filename="../app/matching/hubschoollist.cpp" line="270"/>
        <source>the school with id “%1” has no name.</source>
        <translation>la escuela con id “%1” no tiene nombre.</translation>
    </message>
    <message>
        <location filename="../app/matching/hubschoollist.cpp" line="274"/>
        <source>the id “%1” is on line %2 too: each school needs its own id.</source>
        <translation>el id “%1” también está en la línea %2: cada escuela necesita su propio id.</translation>
    </message>
    <message>
        <location filename="../app/matching/hubschoollist.cpp" line="280"/>
        <source>the NCES id of “%1” reads “%2”: Excel turned it into a number and its digits are lost. Format the column as text and enter the ids again.</source>
        <translation>el id NCES de “%1” aparece como “%2”: Excel lo convirtió en un número y se perdieron dígitos. Dé formato de texto a la columna y vuelva a ingresar los id.</translation>
    </message>
    <message>
        <location filename="../app/matching/hubschoollist.cpp" line="289"/>
        <source>the file names its columns but lists no school.</source>
        <translation>el archivo nombra sus columnas, pero no incluye ninguna escuela.</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <location filename="../app/oneroster/manifest.cpp" line="123"/>
        <source>%1 is in the export</source>
        <translation>%1 está en la exportación</translation>
    </message>
    <message>
        <location filename="../app/oneroster/manifest.cpp" line="126"/>
        <source>%1 is not in the export</source>
        <translation>%1 no está en la exportación</translation>
    </message>
</context>
<context>
    <name>OneRosterRestReader</name>
    <message>
        <location filename="../app/sis/onerosterrestreader.cpp" line="231"/>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../app/sis/onerosterrestreader.cpp" line="233"/>
        <source>%1 answered the request for %2 at %3 with something that is not OneRoster&apos;s JSON (%4). The address may lead to a web page rather than the OneRoster API, or the server failed midway: check the address and pull again.</source>
        <translation>%1 respondió a la solicitud de %2 en %3 con algo que no es el JSON de OneRoster (%4). Puede que la dirección lleve a una página web en lugar de a la API de OneRoster, o que el servidor haya fallado a mitad de camino: compruebe la dirección y vuelva a extraer los datos.</translation>
    </message>
    <message>
        <location filename="../app/sis/onerosterrestreader.cpp" line="259"/>
        <source>%1 answered the request for %2 at %3 without the “%2” list OneRoster 1.1 puts records in (it sent: %4). Check that the address is the OneRoster 1.1 API.</source>
        <translation>%1 respondió a la solicitud de %2 en %3 sin la lista “%2” en la que OneRoster 1.1 coloca los registros (envió: %4). Compruebe que la dirección sea la de la API de OneRoster 1.1.</translation>
    </message>
    <message>
        <location filename="../app/sis/onerosterrestreader.cpp" line="262"/>
        <source>an empty object</source>
        <translation>un objeto vacío</translation>
    </message>
    <message>
        <location filename="../app/sis/onerosterrestreader.cpp" line="305"/>
        <source>%1 sent the same page of %2 twice (%3): it does not page as OneRoster says, and the pull would never end. Tell %1&apos;s support.</source>
        <translation>%1 envió dos veces la misma página de %2 (%3): no pagina como indica OneRoster, y la extracción nunca terminaría. Comuníquelo al soporte de %1.</translation>
    </message>
    <message>
        <location filename="../app/sis/onerosterrestreader.cpp" line="313"/>
        <source>%1 sent a %2 record that is not a JSON object (%3). Tell %1&apos;s support.</source>
        <translation>%1 envió un registro de %2 que no es un objeto JSON (%3). Comuníquelo al soporte de %1.</translation>
    </message>
    <message>
        <location filename="../app/sis/onerosterrestreader.cpp" line="333"/>
        <source>%1 sent the next page of %2 to another server (%3). Rosterbench sends credentials only to the address entered, so the pull stopped.</source>
        <translation>%1 envió la siguiente página de %2 a otro servidor (%3). Rosterbench envía las credenciales solo a la dirección ingresada, así que la extracción se detuvo.</translation>
    </message>
</context>
<context>
    <name>PullCommand</name>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="89"/>
        <source>Usage: rosterbench pull aeries|classlink|clever --url URL [--id ID] (--out EXPORT.zip | --session SESSION) [--secret-env VAR]
Run “rosterbench pull --help” for every option.</source>
        <translation>Uso: rosterbench pull aeries|classlink|clever --url URL [--id ID] (--out EXPORT.zip | --session SESSION) [--secret-env VAR]
Ejecute “rosterbench pull --help” para ver todas las opciones.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="102"/>
        <source>Rosterbench never takes the secret on the command line, where other users of this computer could see it. Put it in an environment variable and name it with --secret-env, or type it when asked (or pipe it in).</source>
        <translation>Rosterbench nunca acepta el secreto en la línea de comandos, donde otros usuarios de este equipo podrían verlo. Póngalo en una variable de entorno e indíquela con --secret-env, o escríbalo cuando se le pida (o páselo por una canalización).</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="113"/>
        <source>Pulls the roster from Aeries, ClassLink or Clever, writes it as a OneRoster 1.1 CSV export and checks it as the hub would. The secret (Aeries Consumer Secret, ClassLink API secret, Clever district token) is read from the variable --secret-env names, or from standard input.
Exit code 0: pulled, no errors; 1: pulled, errors found; 2: nothing pulled or written.</source>
        <translation>Extrae la lista de Aeries, ClassLink o Clever, la escribe como una exportación CSV de OneRoster 1.1 y la comprueba como lo haría el hub. El secreto (Consumer Secret de Aeries, secreto de API de ClassLink, token del distrito de Clever) se lee de la variable que indica --secret-env o de la entrada estándar.
Código de salida 0: extraído, sin errores; 1: extraído, se encontraron errores; 2: no se extrajo ni se escribió nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="119"/>
        <source>The API&apos;s address: Aeries&apos;s OneRoster URL, ClassLink&apos;s Roster Server address, or Clever&apos;s (https://api.clever.com when not given).</source>
        <translation>La dirección de la API: la URL de OneRoster de Aeries, la dirección del Roster Server de ClassLink o la de Clever (https://api.clever.com si no se indica).</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="123"/>
        <source>The Aeries Consumer ID or the ClassLink API key. Not used for Clever.</source>
        <translation>El Consumer ID de Aeries o la clave de API de ClassLink. No se usa con Clever.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="126"/>
        <source>Write what was pulled to this OneRoster zip.</source>
        <translation>Escribe lo extraído en este zip de OneRoster.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="126"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="128"/>
        <source>Keep what was pulled in this session as a new import (the session is created if needed).</source>
        <translation>Guarda lo extraído en esta sesión como una nueva importación (la sesión se crea si hace falta).</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="130"/>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="132"/>
        <source>The environment variable that holds the secret.</source>
        <translation>La variable de entorno que contiene el secreto.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="135"/>
        <source>Clever&apos;s API version: 3.0 (default) or 3.1.</source>
        <translation>Versión de la API de Clever: 3.0 (predeterminada) o 3.1.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="138"/>
        <source>Seconds to wait for the server before giving up (default 60).</source>
        <translation>Segundos de espera al servidor antes de desistir (predeterminado: 60).</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="139"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="141"/>
        <source>A OneRoster filter sent with every request to Aeries or ClassLink, such as status=&apos;active&apos;.</source>
        <translation>Un filtro de OneRoster que se envía con cada solicitud a Aeries o ClassLink, como status=&apos;active&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="143"/>
        <source>expression</source>
        <translation>expresión</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="145"/>
        <source>Report format: text (default), csv, csv-excel (CSV as Excel opens it), json or html.</source>
        <translation>Formato del informe: text (predeterminado), csv, csv-excel (CSV tal como lo abre Excel), json o html.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="174"/>
        <source>Unknown format “%1”: use %2.</source>
        <translation>Formato desconocido “%1”: use %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="146"/>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="149"/>
        <source>aeries, classlink or clever.</source>
        <translation>aeries, classlink o clever.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="165"/>
        <source>Name the SIS to pull from: aeries, classlink or clever.</source>
        <translation>Indique el SIS del que desea extraer los datos: aeries, classlink o clever.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="169"/>
        <source>Say where to keep the pull: --out EXPORT.zip, --session SESSION, or both.</source>
        <translation>Indique dónde guardar la extracción: --out EXPORT.zip, --session SESSION o ambos.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="183"/>
        <source>Clever&apos;s API version is 3.0 or 3.1, not “%1”.</source>
        <translation>La versión de la API de Clever es 3.0 o 3.1, no “%1”.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="189"/>
        <source>--timeout takes a number of seconds, such as 60.</source>
        <translation>--timeout recibe un número de segundos, como 60.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="204"/>
        <source>The environment variable %1 is not set, or empty: it should hold the %2 %3.</source>
        <translation>La variable de entorno %1 no está definida o está vacía: debería contener %3 de %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="233"/>
        <location filename="../app/cli/pullcommand.cpp" line="240"/>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="237"/>
        <source>  %1: %2 of %3</source>
        <translation>  %1: %2 de %3</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="243"/>
        <source>Pulling from %1 at %2</source>
        <translation>Extrayendo datos de %1 en %2</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="260"/>
        <source>Could not write the export to “%1”: %2</source>
        <translation>No se pudo escribir la exportación en “%1”: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="265"/>
        <source>Wrote %1</source>
        <translation>Se escribió %1</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="270"/>
        <source>Could not read: %1</source>
        <translation>No se pudo leer: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="271"/>
        <source>Nothing was added to the session.</source>
        <translation>No se agregó nada a la sesión.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="280"/>
        <source>Kept in %1 as import %2.</source>
        <translation>Guardado en %1 como la importación %2.</translation>
    </message>
</context>
<context>
    <name>RecordLabel</name>
    <message>
        <location filename="../app/roster/recordlabel.cpp" line="62"/>
        <source>%1 in %2</source>
        <comment>an enrollment: its user in its class</comment>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="227"/>
        <location filename="../app/report/reportwriter.cpp" line="480"/>
        <source>Export: %1</source>
        <translation>Exportación: %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="229"/>
        <location filename="../app/report/reportwriter.cpp" line="485"/>
        <source>Could not read: %1</source>
        <translation>No se pudo leer: %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="231"/>
        <source>Reading was canceled.</source>
        <translation>Se canceló la lectura.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="234"/>
        <location filename="../app/report/reportwriter.cpp" line="247"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="237"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="237"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="237"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="237"/>
        <source>Holds</source>
        <translation>Retenciones</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="237"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="255"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="259"/>
        <source>Errors: %1   Alerts: %2   Holds: %3   Info: %4</source>
        <translation>Errores: %1   Alertas: %2   Retenciones: %3   Información: %4</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="133"/>
        <source>Acknowledged by %1 on %2.</source>
        <translation>Reconocido por %1 el %2.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="134"/>
        <source>Acknowledged by %1 on %2: %3</source>
        <translation>Reconocido por %1 el %2: %3</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="198"/>
        <source>text, csv, csv-excel, json or html</source>
        <translation>text, csv, csv-excel, json o html</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportwriter.cpp" line="264"/>
        <source>%n of them acknowledged.</source>
        <translation>
            <numerusform>%n de ellos está reconocido.</numerusform>
            <numerusform>%n de ellos están reconocidos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="433"/>
        <source>Not in a school (files, manifest, district)</source>
        <translation>Sin escuela (archivos, manifiesto, distrito)</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="435"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="442"/>
        <source>%1 in the SIS</source>
        <translation>%1 en el SIS</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="445"/>
        <source>Left out of the school matching: does not sync</source>
        <translation>Excluida del emparejamiento de escuelas: no se sincroniza</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="449"/>
        <source>Not matched to a hub school yet: does not sync</source>
        <translation>Aún sin emparejar con una escuela del hub: no se sincroniza</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="464"/>
        <location filename="../app/report/reportwriter.cpp" line="478"/>
        <source>Roster check report</source>
        <translation>Informe de revisión de OneRoster</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="481"/>
        <source>Checked on %1 by Rosterbench %2.</source>
        <translation>Revisado el %1 con Rosterbench %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportwriter.cpp" line="493"/>
        <location filename="../app/report/reportwriter.cpp" line="555"/>
        <source>%n acknowledged</source>
        <translation>
            <numerusform>%n reconocido</numerusform>
            <numerusform>%n reconocidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="497"/>
        <source>Errors keep accounts, classes or enrollments from being created, or the upload from being accepted: fix them in the SIS before going live.</source>
        <translation>Los errores impiden que se creen cuentas, clases o inscripciones, o que se acepte la carga: corríjalos en el SIS antes de la puesta en marcha.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="499"/>
        <source>No errors: the hub will create every account, class and enrollment.</source>
        <translation>Sin errores: el hub creará todas las cuentas, clases e inscripciones.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="502"/>
        <source>Acknowledged findings have been looked at and accepted as they are, each with a note: they are counted apart and marked below.</source>
        <translation>Los hallazgos reconocidos se revisaron y se aceptaron tal como están, cada uno con una nota: se cuentan aparte y aparecen marcados más abajo.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="505"/>
        <source>By school</source>
        <translation>Por escuela</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="505"/>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="509"/>
        <source>acknowledged</source>
        <translation>reconocidos</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="542"/>
        <source>Problems to fix</source>
        <translation>Problemas que corregir</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="544"/>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportwriter.cpp" line="553"/>
        <location filename="../app/report/reportwriter.cpp" line="554"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="561"/>
        <source>What will happen:</source>
        <translation>Qué pasará:</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="562"/>
        <source>How to fix it:</source>
        <translation>Cómo corregirlo:</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="564"/>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="564"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="564"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="582"/>
        <source>, line %1</source>
        <translation>, línea %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="598"/>
        <source>… and %1 more. The findings CSV lists every one.</source>
        <translation>… y %1 más. El CSV de hallazgos los incluye todos.</translation>
    </message>
</context>
<context>
    <name>RuleText</name>
    <message>
        <location filename="../ui/ruletext.cpp" line="23"/>
        <source>What will happen:</source>
        <translation>Qué pasará:</translation>
    </message>
    <message>
        <location filename="../ui/ruletext.cpp" line="24"/>
        <source>How to fix it:</source>
        <translation>Cómo corregirlo:</translation>
    </message>
    <message>
        <location filename="../ui/ruletext.cpp" line="35"/>
        <source>In %1:</source>
        <translation>En %1:</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="38"/>
        <source>Required file missing</source>
        <translation>Falta un archivo obligatorio</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="39"/>
        <source>The required file %1 is not in the export.</source>
        <translation>El archivo obligatorio %1 no está en la exportación.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="40"/>
        <source>The hub refuses the whole upload: all six files are required every time, not just the ones that changed.</source>
        <translation>El hub rechaza toda la carga: los seis archivos son obligatorios siempre, no solo los que cambiaron.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="42"/>
        <source>Export again with all six OneRoster files: manifest.csv, orgs.csv, users.csv, demographics.csv, classes.csv and enrollments.csv. A file may hold only its header row, but it must be there.</source>
        <translation>Vuelva a exportar con los seis archivos de OneRoster: manifest.csv, orgs.csv, users.csv, demographics.csv, classes.csv y enrollments.csv. Un archivo puede tener solo su fila de encabezado, pero debe estar presente.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="47"/>
        <source>File misnamed</source>
        <translation>Nombre de archivo incorrecto</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="48"/>
        <source>“%1” must be named exactly “%2”: file names are case-sensitive.</source>
        <translation>“%1” debe llamarse exactamente “%2”: los nombres de archivo distinguen entre mayúsculas y minúsculas.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="49"/>
        <source>The hub does not recognize the file, so the upload is refused as if the file were missing.</source>
        <translation>El hub no reconoce el archivo, así que rechaza la carga como si el archivo faltara.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="51"/>
        <source>Rename the file to the exact name shown, all in lower case.</source>
        <translation>Cambie el nombre del archivo al nombre exacto que se indica, todo en minúsculas.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="54"/>
        <source>Not a CSV file</source>
        <translation>No es un archivo CSV</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="55"/>
        <source>This file is not CSV text: %1.</source>
        <translation>Este archivo no es texto CSV: %1.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="56"/>
        <source>The hub cannot read the file, and the upload is refused.</source>
        <translation>El hub no puede leer el archivo y se rechaza la carga.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="57"/>
        <source>Open the file in Excel and use File › Save As › “CSV UTF-8 (Comma delimited)”; do not rename a workbook or a “Unicode Text” file to .csv.</source>
        <translation>Abra el archivo en Excel y use Archivo › Guardar como › “CSV UTF-8 (delimitado por comas)”; no renombre a .csv un libro de Excel ni un archivo de “Texto Unicode”.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="61"/>
        <source>Empty file</source>
        <translation>Archivo vacío</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="62"/>
        <source>The file is empty: it does not even have its header row.</source>
        <translation>El archivo está vacío: ni siquiera tiene su fila de encabezado.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="63"/>
        <source>The upload is refused: every file needs its complete header row.</source>
        <translation>Se rechaza la carga: cada archivo necesita su fila de encabezado completa.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="64"/>
        <source>Export the file again; if it has no data, keep the header row alone.</source>
        <translation>Vuelva a exportar el archivo; si no tiene datos, deje solo la fila de encabezado.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="67"/>
        <source>File holds only a header</source>
        <translation>El archivo solo tiene encabezado</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="68"/>
        <source>%1 holds only its header row.</source>
        <translation>%1 solo tiene su fila de encabezado.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="69"/>
        <source>Nothing is lost: with no classes or enrollments, users are added to their schools without classes.</source>
        <translation>No se pierde nada: sin clases ni inscripciones, los usuarios se agregan a sus escuelas sin clases.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="71"/>
        <source>Nothing to do if you are not ready to roster classes yet. Otherwise export the classes and enrollments too.</source>
        <translation>No necesita hacer nada si todavía no va a cargar las clases. De lo contrario, exporte también las clases y las inscripciones.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="75"/>
        <source>File not used</source>
        <translation>Archivo no utilizado</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="76"/>
        <source>%1 is not one of the files the hub reads; it is ignored.</source>
        <translation>%1 no es uno de los archivos que lee el hub; se ignora.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="77"/>
        <source>The file is ignored.</source>
        <translation>Se ignora el archivo.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="78"/>
        <source>Nothing to do, unless it is one of the six required files under another name.</source>
        <translation>No necesita hacer nada, a menos que sea uno de los seis archivos obligatorios con otro nombre.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="81"/>
        <source>Column header missing</source>
        <translation>Falta un encabezado de columna</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="82"/>
        <source>The header row has no “%1” column.</source>
        <translation>La fila de encabezado no tiene la columna “%1”.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="83"/>
        <source>The upload is refused: every OneRoster column header must be present, even when the cells below it are blank.</source>
        <translation>Se rechaza la carga: todos los encabezados de columna de OneRoster deben estar presentes, aunque las celdas de debajo estén en blanco.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="85"/>
        <source>Add the column with its exact header; leave its cells blank if you have no data for it.</source>
        <translation>Agregue la columna con su encabezado exacto; deje sus celdas en blanco si no tiene datos para ella.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="89"/>
        <source>Column header misspelled</source>
        <translation>Encabezado de columna mal escrito</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="90"/>
        <source>Column header “%1” is misspelled: it must be “%2”.</source>
        <translation>El encabezado de columna “%1” está mal escrito: debe ser “%2”.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="91"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="98"/>
        <source>The hub does not recognize the column, so the upload is refused as if the column were missing.</source>
        <translation>El hub no reconoce la columna, así que rechaza la carga como si la columna faltara.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="112"/>
        <source>Nothing to do. Extra data belongs in a column whose name starts with metadata., such as metadata.homeroom.</source>
        <translation>No necesita hacer nada. Los datos adicionales van en una columna cuyo nombre comience con metadata., como metadata.homeroom.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="120"/>
        <source>Usually a comma inside a value that is not wrapped in quotation marks (write Smith, Jr. as &quot;Smith, Jr.&quot; with the quotes), or a cell added or deleted by hand. Correct the row so it has one cell for every header.</source>
        <translation>Suele deberse a una coma dentro de un valor que no está entre comillas (escriba Smith, Jr. como &quot;Smith, Jr.&quot;, con las comillas) o a una celda agregada o eliminada a mano. Corrija la fila para que tenga una celda por cada encabezado.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="128"/>
        <source>Remove quotation marks from inside values: Robert &quot;Rob&quot; should be Robert Rob. Quotation marks may only wrap a whole value, such as &quot;Rob, Jr.&quot;.</source>
        <translation>Quite las comillas que estén dentro de los valores: Robert &quot;Rob&quot; debe quedar como Robert Rob. Las comillas solo pueden encerrar un valor completo, como &quot;Rob, Jr.&quot;.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="150"/>
        <source>The hub cannot read the text, so the upload is refused; even where it could, names with accents would show garbled.</source>
        <translation>El hub no puede leer el texto, así que se rechaza la carga; aunque pudiera leerlo, los nombres con acentos aparecerían con caracteres extraños.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="164"/>
        <source>The manifest is not recognized, and the upload is refused.</source>
        <translation>No se reconoce el manifiesto y se rechaza la carga.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="185"/>
        <source>Manifest file entry with a wrong value</source>
        <translation>Entrada de archivo del manifiesto con un valor incorrecto</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="194"/>
        <source>The hub trusts the manifest: a file it says is absent is not read, and if a file it expects is missing, the upload is refused.</source>
        <translation>El hub confía en el manifiesto: no lee un archivo que el manifiesto marca como absent y, si falta un archivo que el manifiesto espera, se rechaza la carga.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="201"/>
        <source>Manifest entry not recognized</source>
        <translation>Entrada del manifiesto no reconocida</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="208"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="256"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="418"/>
        <source>%3 has no sourcedId.</source>
        <translation>%3 no tiene sourcedId.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="226"/>
        <source>%3 has no name.</source>
        <translation>%3 no tiene nombre.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="245"/>
        <source>Nothing is lost: the hub reads only orgs of type school; the district row is the parent the schools name.</source>
        <translation>No se pierde nada: el hub solo lee organizaciones de tipo school; la fila del distrito es la organización de la que dependen las escuelas.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="264"/>
        <source>Give each person their own ID. For parents without an ID of their own, put P1 or P2 before the student&apos;s ID (P112314, P212314).</source>
        <translation>Asigne a cada persona su propio ID. Para los padres o tutores que no tengan un ID propio, anteponga P1 o P2 al ID del estudiante (P112314, P212314).</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="274"/>
        <source>%3 names no school in orgSourcedIds.</source>
        <translation>%3 no indica ninguna escuela en orgSourcedIds.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="304"/>
        <source>%3, a %1, has no email.</source>
        <translation>%3 (%1) no tiene correo electrónico.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="319"/>
        <source>Check the email shared for parents: a family address copied onto the student record gives two users one email.</source>
        <translation>Revise el correo electrónico que se comparte para los padres: si se copia una dirección familiar en el registro del estudiante, dos usuarios quedan con el mismo correo.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="325"/>
        <source>Share the guardian&apos;s mobile number or email (the guardian contact fields of the student&apos;s record).</source>
        <translation>Comparta el número de celular o el correo electrónico del tutor (los campos de contacto del tutor en el registro del estudiante).</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="340"/>
        <source>%3 has several grades: %1.</source>
        <translation>%3 tiene varios grados: %1.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="346"/>
        <source>%3, a %1, has a grade; grades are read for students only.</source>
        <translation>%3 (%1) tiene un grado; los grados solo se leen para los estudiantes.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="358"/>
        <source>No student names %3, a %1, in agentSourcedIds.</source>
        <translation>Ningún estudiante indica a %3 (%1) en agentSourcedIds.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="364"/>
        <source>The parents and guardians of %3 carry %1 contact points between them.</source>
        <translation>Los padres y tutores de %3 suman %1 medios de contacto entre todos.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="367"/>
        <source>Check the contacts shared with the app: emergency contacts must not be shared, and more than five contacts for a student hold the sync.</source>
        <translation>Revise los contactos compartidos con la aplicación: los contactos de emergencia no se deben compartir, y más de cinco contactos para un estudiante ponen la sincronización en retención.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="370"/>
        <source>%3 has no identifier; the sourcedId is shown to them instead.</source>
        <translation>%3 no tiene identifier; en su lugar, se le muestra el sourcedId.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="376"/>
        <source>%3 is in %1 classes; the hub allows 100.</source>
        <translation>%3 está en %1 clases; el hub permite 100.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="377"/>
        <source>Enrollments beyond the first 100 classes are not created.</source>
        <translation>No se crean las inscripciones más allá de las primeras 100 clases.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="461"/>
        <source>The class is created with no owner: no teacher can claim it or send messages to it.</source>
        <translation>La clase se crea sin propietario: ningún docente puede reclamarla ni enviarle mensajes.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="463"/>
        <source>A teacher or administrator becomes the class owner only when marked primary: set primary on the teacher&apos;s section in ClassLink.</source>
        <translation>Un docente o administrador solo pasa a ser propietario de la clase si está marcado como primary: active primary en la sección del docente en ClassLink.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="519"/>
        <source>primary not true or false</source>
        <translation>El valor de primary no es true ni false</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="525"/>
        <source>primary in capitals</source>
        <translation>Valor de primary en mayúsculas</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="532"/>
        <source>%3, a %1, is enrolled directly in %4; parents follow their students into classes.</source>
        <translation>%3 (%1) tiene una inscripción directa en %4; los padres y tutores se unen a las clases de sus estudiantes.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="538"/>
        <source>%3 is already enrolled in %4 on line %1.</source>
        <translation>%3 ya tiene una inscripción en %4 en la línea %1.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="550"/>
        <source>“%1” is a number outside the US and Canada (region %2); the hub cannot text it.</source>
        <translation>“%1” es un número fuera de EE. UU. y Canadá (región %2); el hub no puede enviarle mensajes de texto.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="563"/>
        <source>The hub&apos;s help pages do not cover this, and OneRoster accepts any date: the student is created with this birth date.</source>
        <translation>Las páginas de ayuda del hub no tratan este caso, y OneRoster acepta cualquier fecha: el estudiante se crea con esta fecha de nacimiento.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/validation/rulecatalogue.cpp" line="772"/>
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n mensaje informativo</numerusform>
            <numerusform>%n mensajes informativos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="93"/>
        <source>Correct the header to the exact spelling shown; headers are case-sensitive.</source>
        <translation>Corrija el encabezado para que quede escrito exactamente como se indica; los encabezados distinguen entre mayúsculas y minúsculas.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="16"/>
        <source>Remind Hub help: Syncing with the Aeries API</source>
        <translation>Ayuda de Remind Hub: Syncing with the Aeries API</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="18"/>
        <source>Remind Hub help: SIS sync questions (existing accounts, timing, maintenance)</source>
        <translation>Ayuda de Remind Hub: SIS sync questions (cuentas existentes, horarios, mantenimiento)</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="19"/>
        <source>Remind Hub help: Rostering with Clever</source>
        <translation>Ayuda de Remind Hub: Rostering with Clever</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="20"/>
        <source>Remind Hub help: Setting up a ClassLink API connection</source>
        <translation>Ayuda de Remind Hub: Setting up a ClassLink API connection</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="21"/>
        <source>Remind Hub help: OneRoster 1.1 CSV file format</source>
        <translation>Ayuda de Remind Hub: OneRoster 1.1 CSV file format</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="22"/>
        <source>1EdTech OneRoster 1.1 CSV binding, CSV file format</source>
        <translation>Especificación CSV de OneRoster 1.1 (1EdTech): formato de archivo CSV</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="23"/>
        <source>1EdTech OneRoster 1.1 CSV binding, manifest.csv</source>
        <translation>Especificación CSV de OneRoster 1.1 (1EdTech): manifest.csv</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="24"/>
        <source>1EdTech OneRoster 1.1 CSV binding, orgs.csv</source>
        <translation>Especificación CSV de OneRoster 1.1 (1EdTech): orgs.csv</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="25"/>
        <source>1EdTech OneRoster 1.1 CSV binding, users.csv</source>
        <translation>Especificación CSV de OneRoster 1.1 (1EdTech): users.csv</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="27"/>
        <source>1EdTech OneRoster 1.1 CSV binding, demographics.csv</source>
        <translation>Especificación CSV de OneRoster 1.1 (1EdTech): demographics.csv</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="29"/>
        <source>1EdTech OneRoster 1.1 CSV binding, enrollments.csv</source>
        <translation>Especificación CSV de OneRoster 1.1 (1EdTech): enrollments.csv</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="31"/>
        <source>1EdTech OneRoster 1.1 CSV binding, required fields of each table</source>
        <translation>Especificación CSV de OneRoster 1.1 (1EdTech): campos obligatorios de cada tabla</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="32"/>
        <source>1EdTech OneRoster 1.1 CSV binding, bulk and delta files</source>
        <translation>Especificación CSV de OneRoster 1.1 (1EdTech): archivos bulk y delta</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="96"/>
        <source>Column header with spaces</source>
        <translation>Encabezado de columna con espacios</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="97"/>
        <source>Column header “%1” contains spaces: it must be “%2”.</source>
        <translation>El encabezado de columna “%1” contiene espacios: debe ser “%2”.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="100"/>
        <source>Remove the spaces from the header, including any before or after it.</source>
        <translation>Quite los espacios del encabezado, incluidos los que haya antes o después.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="103"/>
        <source>Column header repeated</source>
        <translation>Encabezado de columna repetido</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="104"/>
        <source>Column header “%1” appears more than once (also column %2).</source>
        <translation>El encabezado de columna “%1” aparece más de una vez (también en la columna %2).</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="105"/>
        <source>The hub cannot tell which column to read, and the upload is refused.</source>
        <translation>El hub no puede saber qué columna leer y se rechaza la carga.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="106"/>
        <source>Delete the extra column, keeping the one that holds the data.</source>
        <translation>Elimine la columna sobrante y conserve la que tiene los datos.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="109"/>
        <source>Extra column</source>
        <translation>Columna adicional</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="110"/>
        <source>Column “%1” is not a OneRoster 1.1 field; the hub ignores it.</source>
        <translation>La columna “%1” no es un campo de OneRoster 1.1; el hub la ignora.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="111"/>
        <source>The column is ignored.</source>
        <translation>Se ignora la columna.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="116"/>
        <source>Row with the wrong number of cells</source>
        <translation>Fila con un número incorrecto de celdas</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="117"/>
        <source>This row has %1 cells; the header has %2.</source>
        <translation>Esta fila tiene %1 celdas; el encabezado tiene %2.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="118"/>
        <source>The hub cannot tell which value belongs to which column, and the upload is refused.</source>
        <translation>El hub no puede saber qué valor corresponde a cada columna y se rechaza la carga.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="125"/>
        <source>Quote inside a cell</source>
        <translation>Comillas dentro de una celda</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="126"/>
        <source>A quotation mark inside the cell: %1</source>
        <translation>Comillas dentro de la celda: %1</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="127"/>
        <source>The hub misreads the row, and the upload is refused.</source>
        <translation>El hub lee mal la fila y se rechaza la carga.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="132"/>
        <source>Quote never closed</source>
        <translation>Comillas sin cerrar</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="133"/>
        <source>A quoted cell opens here and is never closed.</source>
        <translation>Aquí empieza una celda entre comillas que nunca se cierra.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="134"/>
        <source>Everything after the opening quote is read as one cell, so the hub refuses the upload.</source>
        <translation>Todo lo que sigue a las comillas de apertura se lee como una sola celda, así que el hub rechaza la carga.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="136"/>
        <source>Add the closing quotation mark, or remove the opening one.</source>
        <translation>Agregue las comillas de cierre o quite las de apertura.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="139"/>
        <source>Line break inside a cell</source>
        <translation>Salto de línea dentro de una celda</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="140"/>
        <source>A quoted cell holds a carriage return.</source>
        <translation>Una celda entre comillas contiene un retorno de carro.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="141"/>
        <source>OneRoster does not allow a carriage return inside a cell; the upload is refused.</source>
        <translation>OneRoster no permite retornos de carro dentro de una celda; se rechaza la carga.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="143"/>
        <source>Remove the line break from the value in the SIS (often an address or a name pasted from another document).</source>
        <translation>Quite el salto de línea del valor en el SIS (suele ser una dirección o un nombre pegado desde otro documento).</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="147"/>
        <source>Text not in UTF-8</source>
        <translation>Texto que no está en UTF-8</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="148"/>
        <source>The cell is not valid UTF-8 text (byte 0x%1): the file was probably saved as Windows-1252 or Latin-1.</source>
        <translation>La celda no es texto UTF-8 válido (byte 0x%1): probablemente el archivo se guardó como Windows-1252 o Latin-1.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="152"/>
        <source>Save the file as “CSV UTF-8 (Comma delimited)”, not plain “CSV”; in the SIS, choose UTF-8 as the export encoding.</source>
        <translation>Guarde el archivo como “CSV UTF-8 (delimitado por comas)”, no como “CSV” simple; en el SIS, elija UTF-8 como codificación de exportación.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="156"/>
        <source>Empty line</source>
        <translation>Línea vacía</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="157"/>
        <source>An empty line; it is skipped.</source>
        <translation>Una línea vacía; se omite.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="158"/>
        <source>The line is skipped.</source>
        <translation>Se omite la línea.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="159"/>
        <source>Nothing to do; delete empty lines to keep the file tidy.</source>
        <translation>No necesita hacer nada; elimine las líneas vacías para mantener el archivo ordenado.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="162"/>
        <source>Wrong manifest version</source>
        <translation>Versión de manifiesto incorrecta</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="163"/>
        <source>manifest.version is “%1”; it must be 1.0.</source>
        <translation>manifest.version es “%1”; debe ser 1.0.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="165"/>
        <source>Set manifest.version to 1.0. Excel turns 1.0 into 1: format the value column as Text before typing it, or edit the file in a text editor.</source>
        <translation>Cambie el valor de manifest.version a 1.0. Excel convierte 1.0 en 1: aplique el formato Texto a la columna value antes de escribir el valor, o edite el archivo en un editor de texto.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="170"/>
        <source>Wrong OneRoster version</source>
        <translation>Versión de OneRoster incorrecta</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="171"/>
        <source>oneroster.version is “%1”; the hub reads OneRoster 1.1 only.</source>
        <translation>oneroster.version es “%1”; el hub solo lee OneRoster 1.1.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="172"/>
        <source>The export is not read as OneRoster 1.1, and the upload is refused.</source>
        <translation>La exportación no se lee como OneRoster 1.1 y se rechaza la carga.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="173"/>
        <source>Export in OneRoster 1.1 CSV format and set oneroster.version to 1.1.</source>
        <translation>Exporte en formato CSV de OneRoster 1.1 y asegúrese de que oneroster.version sea 1.1.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="177"/>
        <source>Manifest entry missing</source>
        <translation>Falta una entrada del manifiesto</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="178"/>
        <source>The manifest has no %1 row.</source>
        <translation>El manifiesto no tiene la fila %1.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="179"/>
        <source>The manifest is incomplete, and the upload is refused.</source>
        <translation>El manifiesto está incompleto y se rechaza la carga.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="180"/>
        <source>Add the row; the SIS normally writes the manifest itself, so export again rather than editing it by hand.</source>
        <translation>Agregue la fila; normalmente el SIS genera el manifiesto por sí mismo, así que es mejor volver a exportar que editarlo a mano.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="186"/>
        <source>%1 is “%2”; it must be absent, bulk or delta.</source>
        <translation>%1 es “%2”; debe ser absent, bulk o delta.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="187"/>
        <source>The manifest is not understood, and the upload is refused.</source>
        <translation>No se puede interpretar el manifiesto y se rechaza la carga.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="188"/>
        <source>Use absent, bulk or delta, in lower case.</source>
        <translation>Use absent, bulk o delta, en minúsculas.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="192"/>
        <source>Manifest disagrees with the files</source>
        <translation>El manifiesto no coincide con los archivos</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="193"/>
        <source>The manifest says %1, but %2.</source>
        <translation>El manifiesto indica %1, pero %2.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="196"/>
        <source>Make each file.* entry say bulk for every file in the export and absent for every file that is not.</source>
        <translation>Haga que cada entrada file.* indique bulk si el archivo está en la exportación y absent si no está.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="202"/>
        <source>The manifest entry “%1” is not a OneRoster 1.1 property; it is ignored.</source>
        <translation>La entrada del manifiesto “%1” no es una propiedad de OneRoster 1.1; se ignora.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="203"/>
        <source>The entry is ignored.</source>
        <translation>Se ignora la entrada.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="204"/>
        <source>Nothing to do, unless it is a misspelling of a file.* entry.</source>
        <translation>No necesita hacer nada, a menos que sea una entrada file.* mal escrita.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="207"/>
        <source>School ID missing</source>
        <translation>Falta el ID de la escuela</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="388"/>
        <source>%3 has no birth date.</source>
        <translation>%3 no tiene fecha de nacimiento.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="412"/>
        <source>%3 has no row in demographics.csv.</source>
        <translation>%3 no tiene una fila en demographics.csv.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="436"/>
        <source>%3 has no title.</source>
        <translation>%3 no tiene título.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="586"/>
        <source>%3 is typed “%1” in the SIS: an emergency contact, not a parent or guardian.</source>
        <translation>%3 tiene el tipo “%1” en el SIS: es un contacto de emergencia, no un padre, una madre ni un tutor.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="589"/>
        <source>Filter out emergency contacts in the sharing rules of the hub&apos;s record in Aeries.</source>
        <translation>Filtre los contactos de emergencia en las reglas para compartir del registro del hub en Aeries.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="594"/>
        <source>%3 is staff in Clever and becomes an administrator in the hub.</source>
        <translation>%3 forma parte del personal en Clever y pasa a ser administrador en el hub.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="611"/>
        <source>The Consumer ID and Secret are on the hub&apos;s record of Aeries&apos;s API Security page.</source>
        <translation>El Consumer ID y el Consumer Secret están en el registro del hub de la página API Security de Aeries.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="627"/>
        <source>%3 has no enrollment current today.</source>
        <translation>%3 no tiene ninguna inscripción vigente hoy.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="637"/>
        <source>In Aeries, check that the school is still shared with the hub&apos;s record on the API Security page.</source>
        <translation>En Aeries, compruebe que la escuela sigue compartida con el registro del hub en la página API Security.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="643"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="649"/>
        <source>%1 of %3 in the previous import are gone from this one, among them %2.</source>
        <translation>%1 de %3 en la importación anterior ya no están en esta; por ejemplo, %2.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="655"/>
        <source>%3 had %1 enrollments in the previous import and has %2 in this one.</source>
        <translation>%3 tenía %1 inscripciones en la importación anterior y tiene %2 en esta.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="209"/>
        <source>The school is not created, and nobody can be placed in it.</source>
        <translation>No se crea la escuela y no se puede asignar a nadie a ella.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="210"/>
        <source>Give every school a unique, constant ID in the SIS export.</source>
        <translation>Asigne a cada escuela un ID único y fijo en la exportación del SIS.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="213"/>
        <source>School ID used twice</source>
        <translation>ID de escuela repetido</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="214"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="262"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="424"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="478"/>
        <source>The ID “%1” is also used on line %2.</source>
        <translation>El ID “%1” también se usa en la línea %2.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="215"/>
        <source>The hub cannot tell the two apart: the second is not created.</source>
        <translation>El hub no puede distinguirlas: no se crea la segunda.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="216"/>
        <source>Give each school its own ID; IDs must be unique across the district.</source>
        <translation>Asigne a cada escuela su propio ID; los ID deben ser únicos en todo el distrito.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="219"/>
        <source>School IDs differing only in case</source>
        <translation>ID de escuela que solo difieren en mayúsculas y minúsculas</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="220"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="268"/>
        <source>“%1” differs only in case from the ID on line %2.</source>
        <translation>“%1” solo difiere en mayúsculas y minúsculas del ID de la línea %2.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="221"/>
        <source>IDs are case-sensitive, so these are two schools; a file that spells one the other way links to the wrong school or to none.</source>
        <translation>Los ID distinguen entre mayúsculas y minúsculas, así que son dos escuelas distintas; un archivo que escriba uno de ellos de la otra forma queda vinculado a la escuela equivocada o a ninguna.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="222"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="270"/>
        <source>Use one spelling of each ID everywhere it appears.</source>
        <translation>Escriba cada ID siempre de la misma forma, en todos los lugares donde aparezca.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="225"/>
        <source>School name missing</source>
        <translation>Falta el nombre de la escuela</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="227"/>
        <source>The school is not created.</source>
        <translation>No se crea la escuela.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="228"/>
        <source>Fill in the school&apos;s name in the SIS.</source>
        <translation>Complete el nombre de la escuela en el SIS.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="231"/>
        <source>Org type not understood</source>
        <translation>Tipo de organización no reconocido</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="232"/>
        <source>The type “%1” is not a OneRoster org type.</source>
        <translation>El tipo “%1” no es un tipo de organización de OneRoster.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="233"/>
        <source>The org is not taken in, and nobody in it syncs.</source>
        <translation>El hub no incorpora la organización, y no se sincroniza nadie que pertenezca a ella.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="234"/>
        <source>Use school for schools and district for the district (lower case).</source>
        <translation>Use school para las escuelas y district para el distrito (en minúsculas).</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="237"/>
        <source>Org type the hub does not take in</source>
        <translation>Tipo de organización que el hub no incorpora</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="238"/>
        <source>The type “%1” is valid OneRoster, but the hub takes in schools only.</source>
        <translation>El tipo “%1” es válido en OneRoster, pero el hub solo incorpora escuelas.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="239"/>
        <source>The org is skipped; people and classes placed only in it do not sync.</source>
        <translation>Se omite la organización; las personas y las clases asignadas solo a ella no se sincronizan.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="240"/>
        <source>If this is a school, set its type to school; otherwise leave it out of the export.</source>
        <translation>Si es una escuela, cambie su tipo a school; si no, déjela fuera de la exportación.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="243"/>
        <source>District row</source>
        <translation>Fila del distrito</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="244"/>
        <source>The district “%1” is not taken in as a school.</source>
        <translation>El distrito “%1” no se incorpora como escuela.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="246"/>
        <source>Nothing to do.</source>
        <translation>No necesita hacer nada.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="249"/>
        <source>Parent org not found</source>
        <translation>No se encontró la organización superior</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="250"/>
        <source>The parent “%1” is not an org in orgs.csv.</source>
        <translation>La organización superior “%1” no está en orgs.csv.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="251"/>
        <source>The school is created without its district link.</source>
        <translation>La escuela se crea sin vínculo con su distrito.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="252"/>
        <source>Add the district row to orgs.csv, or correct the parentSourcedId.</source>
        <translation>Agregue la fila del distrito a orgs.csv o corrija el parentSourcedId.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="255"/>
        <source>User ID missing</source>
        <translation>Falta el ID del usuario</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="257"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="287"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="293"/>
        <source>The account is not created.</source>
        <translation>No se crea la cuenta.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="258"/>
        <source>Give every user a unique, constant ID in the export.</source>
        <translation>Asigne a cada usuario un ID único y fijo en la exportación.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="261"/>
        <source>User ID used twice</source>
        <translation>ID de usuario repetido</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="263"/>
        <source>Only one of the two accounts is created; the other person gets no account.</source>
        <translation>Solo se crea una de las dos cuentas; la otra persona se queda sin cuenta.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="267"/>
        <source>User IDs differing only in case</source>
        <translation>ID de usuario que solo difieren en mayúsculas y minúsculas</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="269"/>
        <source>IDs are case-sensitive, so these are two people; a file that spells one the other way links to the wrong person or to none.</source>
        <translation>Los ID distinguen entre mayúsculas y minúsculas, así que son dos personas distintas; un archivo que escriba uno de ellos de la otra forma queda vinculado a la persona equivocada o a ninguna.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="273"/>
        <source>User in no school</source>
        <translation>Usuario sin escuela</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="275"/>
        <source>The account is not created: every user must belong to a school.</source>
        <translation>No se crea la cuenta: todo usuario debe pertenecer a una escuela.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="276"/>
        <source>Fill in the school IDs; several go in one quoted cell, &quot;S1,S2&quot;.</source>
        <translation>Complete los ID de las escuelas; si son varios, van en una sola celda entre comillas: &quot;S1,S2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="279"/>
        <source>User&apos;s school not found</source>
        <translation>No se encontró la escuela del usuario</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="280"/>
        <source>The school “%1” is not in orgs.csv.</source>
        <translation>La escuela “%1” no está en orgs.csv.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="281"/>
        <source>The user is not placed in that school; with no other school, the account is not created.</source>
        <translation>El usuario no se asigna a esa escuela; si no tiene otra escuela, no se crea la cuenta.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="282"/>
        <source>Add the school to orgs.csv or correct the ID; IDs are case-sensitive.</source>
        <translation>Agregue la escuela a orgs.csv o corrija el ID; los ID distinguen entre mayúsculas y minúsculas.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="285"/>
        <source>User role not accepted</source>
        <translation>Rol de usuario no aceptado</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="286"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="508"/>
        <source>The role “%1” is not one the hub accepts.</source>
        <translation>El hub no acepta el rol “%1”.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="288"/>
        <source>Use teacher, student, parent, guardian, aide or administrator, in lower case. Non-teaching staff are aide.</source>
        <translation>Use teacher, student, parent, guardian, aide o administrator, en minúsculas. Para el personal no docente, use aide.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="291"/>
        <source>User role the hub does not take in</source>
        <translation>Rol de usuario que el hub no incorpora</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="292"/>
        <source>The role “%1” is valid OneRoster, but the hub does not take it in.</source>
        <translation>El rol “%1” es válido en OneRoster, pero el hub no lo incorpora.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="294"/>
        <source>If this person should have an account, give them one of the hub&apos;s roles (aide for staff, guardian for relatives).</source>
        <translation>Si esta persona debe tener una cuenta, asígnele uno de los roles del hub (aide para el personal, guardian para los familiares).</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="297"/>
        <source>Name missing</source>
        <translation>Falta el nombre</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="298"/>
        <source>The %1 is blank.</source>
        <translation>El %1 está en blanco.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="299"/>
        <source>The account is not created: both names are required.</source>
        <translation>No se crea la cuenta: el nombre y el apellido son obligatorios.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="300"/>
        <source>Fill in the given and family name in the SIS.</source>
        <translation>Complete el nombre y el apellido en el SIS.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="303"/>
        <source>Staff email missing</source>
        <translation>Falta el correo electrónico del personal</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="305"/>
        <source>The account is not created: teachers, aides and administrators sign in with their email.</source>
        <translation>No se crea la cuenta: los docentes, los asistentes y los administradores inician sesión con su correo electrónico.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="306"/>
        <source>Add the staff member&apos;s school email in the SIS.</source>
        <translation>Agregue en el SIS el correo electrónico escolar de este miembro del personal.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="309"/>
        <source>Email not well-formed</source>
        <translation>Correo electrónico mal formado</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="310"/>
        <source>“%1” is not an email address.</source>
        <translation>“%1” no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="311"/>
        <source>The address cannot be used: staff accounts are not created, and others get no email.</source>
        <translation>No se puede usar la dirección: no se crean las cuentas del personal, y los demás usuarios no reciben correos.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="312"/>
        <source>Correct the address: one @, a name before it and a domain after it, no spaces.</source>
        <translation>Corrija la dirección: una sola @, un nombre antes y un dominio después, sin espacios.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="315"/>
        <source>Email used by two users</source>
        <translation>Correo electrónico usado por dos usuarios</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="316"/>
        <source>The email “%1” is also used by %2.</source>
        <translation>El correo electrónico “%1” también lo usa %2.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="317"/>
        <source>One address, one account: the hub gives it to the higher role (teacher over parent over student), and the other user is not created with it.</source>
        <translation>Una dirección, una cuenta: el hub se la asigna al rol de mayor nivel (primero docente, luego padre o tutor, luego estudiante), y el otro usuario no se crea con ella.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="318"/>
        <source>Give each person their own email, or leave it blank for the student or parent who shares a family address.</source>
        <translation>Asigne a cada persona su propio correo electrónico, o déjelo en blanco para el estudiante o el padre o tutor que comparte una dirección familiar.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="321"/>
        <source>Parent with no contact point</source>
        <translation>Padre o tutor sin medio de contacto</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="322"/>
        <source>%3, a %1, has no email, phone or SMS number.</source>
        <translation>%3 (%1) no tiene correo electrónico, teléfono ni número para SMS.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="323"/>
        <source>The account is not created: a parent needs at least one way to be reached.</source>
        <translation>No se crea la cuenta: un padre o tutor necesita al menos un medio de contacto.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="324"/>
        <source>Add a mobile number or an email for this parent or guardian.</source>
        <translation>Agregue un número de celular o un correo electrónico para este padre, madre o tutor.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="327"/>
        <source>Grade not accepted</source>
        <translation>Grado no aceptado</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="328"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="454"/>
        <source>The grade “%1” is not one the hub accepts.</source>
        <translation>El hub no acepta el grado “%1”.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="329"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="335"/>
        <source>The student is created without a grade.</source>
        <translation>El estudiante se crea sin grado.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="330"/>
        <source>Use PK, KG, 01 to 12 or Other.</source>
        <translation>Use PK, KG, 01 a 12 u Other.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="333"/>
        <source>Grade needs two digits</source>
        <translation>El grado debe tener dos dígitos</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="334"/>
        <source>The grade “%1” must be written “%2”.</source>
        <translation>El grado “%1” debe escribirse “%2”.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="336"/>
        <source>Write grades 1 to 9 with a leading zero: 01, 02 … 09.</source>
        <translation>Escriba los grados 1 a 9 con un cero adelante: 01, 02 … 09.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="339"/>
        <source>More than one grade</source>
        <translation>Más de un grado</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="341"/>
        <source>The student is created without a grade: each student has one.</source>
        <translation>El estudiante se crea sin grado: cada estudiante tiene uno solo.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="342"/>
        <source>Keep the student&apos;s current grade only.</source>
        <translation>Deje solo el grado actual del estudiante.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="345"/>
        <source>Grade on someone who is not a student</source>
        <translation>Grado en alguien que no es estudiante</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="347"/>
        <source>The grade is ignored.</source>
        <translation>Se ignora el grado.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="348"/>
        <source>Nothing to do; grades on staff or parents are not used.</source>
        <translation>No necesita hacer nada; los grados del personal o de los padres no se usan.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="351"/>
        <source>Linked parent not found</source>
        <translation>No se encontró el padre o tutor vinculado</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="352"/>
        <source>“%1” is not a parent or guardian in users.csv.</source>
        <translation>“%1” no figura como padre, madre o tutor en users.csv.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="353"/>
        <source>The link is not made: that parent will not follow this student into classes.</source>
        <translation>No se crea el vínculo: ese padre o tutor no se unirá a las clases de este estudiante.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="354"/>
        <source>Add the parent to users.csv with that ID, or correct the ID.</source>
        <translation>Agregue al padre o tutor a users.csv con ese ID, o corrija el ID.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="357"/>
        <source>Parent linked to no student</source>
        <translation>Padre o tutor sin estudiante vinculado</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="359"/>
        <source>The account is created but joins no class: parents follow their students into classes.</source>
        <translation>La cuenta se crea, pero no se une a ninguna clase: los padres y tutores se unen a las clases de sus estudiantes.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="360"/>
        <source>Add this parent&apos;s ID to their student&apos;s agentSourcedIds.</source>
        <translation>Agregue el ID de este padre o tutor al campo agentSourcedIds de su estudiante.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="363"/>
        <source>More than five contact points</source>
        <translation>Más de cinco medios de contacto</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="365"/>
        <source>The school&apos;s sync is put on hold for review: more than five usually means emergency contacts were shared.</source>
        <translation>La sincronización de la escuela queda en retención para revisión: más de cinco suele indicar que se compartieron contactos de emergencia.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="366"/>
        <source>Share only the parents and guardians who should get messages; leave emergency contacts out of the export.</source>
        <translation>Comparta solo los padres y tutores que deben recibir mensajes; deje los contactos de emergencia fuera de la exportación.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="369"/>
        <source>Student number missing</source>
        <translation>Falta el número de estudiante</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="371"/>
        <source>The student sees the sourcedId as their student ID, and advanced messages cannot use a student number.</source>
        <translation>El estudiante ve el sourcedId como su número de estudiante, y los mensajes avanzados no pueden usar un número de estudiante.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="372"/>
        <source>Export the student number in identifier if it differs from the sourcedId.</source>
        <translation>Exporte el número de estudiante en identifier si es distinto del sourcedId.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="375"/>
        <source>More than 100 classes</source>
        <translation>Más de 100 clases</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="378"/>
        <source>Leave out classes this user does not need in the hub (old sections, duplicates).</source>
        <translation>Deje fuera las clases que este usuario no necesita en el hub (secciones antiguas, duplicados).</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="381"/>
        <source>Demographics for an unknown student</source>
        <translation>Datos demográficos de un estudiante desconocido</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="382"/>
        <source>“%1” is not a student in users.csv.</source>
        <translation>“%1” no figura como estudiante en users.csv.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="383"/>
        <source>The row is ignored.</source>
        <translation>Se ignora la fila.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="384"/>
        <source>Use the student&apos;s sourcedId from users.csv, or remove the row.</source>
        <translation>Use el sourcedId del estudiante que figura en users.csv, o elimine la fila.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="387"/>
        <source>Birth date missing</source>
        <translation>Falta la fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="389"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="395"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="401"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="407"/>
        <source>The student account is not created.</source>
        <translation>No se crea la cuenta del estudiante.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="390"/>
        <source>Export the student&apos;s date of birth.</source>
        <translation>Exporte la fecha de nacimiento del estudiante.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="393"/>
        <source>Birth date not readable</source>
        <translation>Fecha de nacimiento ilegible</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="394"/>
        <source>“%1” is not a date in MM/DD/YYYY, YYYY/MM/DD or YYYY-MM-DD.</source>
        <translation>“%1” no es una fecha en formato MM/DD/YYYY, YYYY/MM/DD o YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="396"/>
        <source>Write the birth date as MM/DD/YYYY (04/15/2012) or YYYY-MM-DD (2012-04-15).</source>
        <translation>Escriba la fecha de nacimiento como MM/DD/YYYY (04/15/2012) o YYYY-MM-DD (2012-04-15).</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="399"/>
        <source>Birth date impossible</source>
        <translation>Fecha de nacimiento imposible</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="400"/>
        <source>“%1” is not a real date.</source>
        <translation>“%1” no es una fecha que exista.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="402"/>
        <source>Correct the date in the SIS; day and month may have been swapped.</source>
        <translation>Corrija la fecha en el SIS; puede que se hayan invertido el día y el mes.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="405"/>
        <source>Birth date in the future</source>
        <translation>Fecha de nacimiento en el futuro</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="406"/>
        <source>“%1” is in the future.</source>
        <translation>“%1” es una fecha futura.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="408"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="564"/>
        <source>Correct the year in the SIS.</source>
        <translation>Corrija el año en el SIS.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="411"/>
        <source>Student with no demographics</source>
        <translation>Estudiante sin datos demográficos</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="413"/>
        <source>The student account is not created: it needs a birth date.</source>
        <translation>No se crea la cuenta del estudiante: necesita una fecha de nacimiento.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="414"/>
        <source>Export demographics for every student, with the birth date.</source>
        <translation>Exporte los datos demográficos de todos los estudiantes, con la fecha de nacimiento.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="417"/>
        <source>Class ID missing</source>
        <translation>Falta el ID de la clase</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="419"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="431"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="437"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="443"/>
        <source>The class is not created.</source>
        <translation>No se crea la clase.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="420"/>
        <source>Give every class a unique, constant ID.</source>
        <translation>Asigne a cada clase un ID único y fijo.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="423"/>
        <source>Class ID used twice</source>
        <translation>ID de clase repetido</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="425"/>
        <source>Only one of the classes is created; enrollments meant for the other end up in it.</source>
        <translation>Solo se crea una de las clases; las inscripciones destinadas a la otra terminan en ella.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="426"/>
        <source>Make class IDs unique across the district, not just within a school.</source>
        <translation>Haga que los ID de clase sean únicos en todo el distrito, no solo dentro de cada escuela.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="429"/>
        <source>Class&apos;s school not found</source>
        <translation>No se encontró la escuela de la clase</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="430"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="496"/>
        <source>The school “%1” is not a school in orgs.csv.</source>
        <translation>“%1” no figura como escuela en orgs.csv.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="432"/>
        <source>Add the school to orgs.csv with type school, or correct the ID.</source>
        <translation>Agregue la escuela a orgs.csv con el tipo school, o corrija el ID.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="435"/>
        <source>Class title missing</source>
        <translation>Falta el título de la clase</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="438"/>
        <source>Give the class the name its teacher and students will see, such as English 101 Section 3.</source>
        <translation>Asigne a la clase el nombre que verán su docente y sus estudiantes, como Inglés 101 Sección 3.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="441"/>
        <source>Class title too long</source>
        <translation>Título de clase demasiado largo</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="442"/>
        <source>The title has %1 characters; the hub allows 255.</source>
        <translation>El título tiene %1 caracteres; el hub permite 255.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="444"/>
        <source>Shorten the title to 255 characters or fewer.</source>
        <translation>Acorte el título a 255 caracteres o menos.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="447"/>
        <source>Two classes with one title</source>
        <translation>Dos clases con el mismo título</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="448"/>
        <source>“%1” is also the title of the class on line %2 in this school.</source>
        <translation>“%1” también es el título de la clase de la línea %2 en esta escuela.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="449"/>
        <source>Both classes are created, but teachers and families cannot tell them apart.</source>
        <translation>Se crean las dos clases, pero los docentes y las familias no pueden distinguirlas.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="450"/>
        <source>Give each section its own title, such as English 101 Section 3.</source>
        <translation>Asigne a cada sección su propio título, como Inglés 101 Sección 3.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="453"/>
        <source>Class grade not accepted</source>
        <translation>Grado de clase no aceptado</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="455"/>
        <source>The class is created without grades.</source>
        <translation>La clase se crea sin grados.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="456"/>
        <source>List grades as a quoted comma list of PK, KG, 01 to 12 or Other, such as &quot;11,12&quot;.</source>
        <translation>Escriba los grados como una lista separada por comas y entre comillas, con PK, KG, 01 a 12 u Other, como &quot;11,12&quot;.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="459"/>
        <source>Class with no teacher</source>
        <translation>Clase sin docente</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="460"/>
        <source>%1 is enrolled in %3.</source>
        <translation>%1 está inscrito en %3.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="462"/>
        <source>Enroll the class&apos;s teacher in enrollments.csv.</source>
        <translation>Inscriba al docente de la clase en enrollments.csv.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="465"/>
        <source>Class probably not wanted</source>
        <translation>Clase probablemente innecesaria</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="466"/>
        <source>“%1” looks like a lunch, study hall or homeroom period.</source>
        <translation>“%1” parece un período de almuerzo, de estudio libre o de tutoría (homeroom).</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="467"/>
        <source>A class is created for it like any other.</source>
        <translation>Se crea una clase para este período, como para cualquier otro.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="468"/>
        <source>Leave periods that are not taught out of the export if families should not get messages for them.</source>
        <translation>Deje fuera de la exportación los períodos en los que no se imparte clase si las familias no deben recibir mensajes sobre ellos.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="471"/>
        <source>Enrollment ID missing</source>
        <translation>Falta el ID de la inscripción</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="472"/>
        <source>This enrollment has no sourcedId.</source>
        <translation>Esta inscripción no tiene sourcedId.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="473"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="485"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="491"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="497"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="503"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="509"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="521"/>
        <source>The enrollment is not created.</source>
        <translation>No se crea la inscripción.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="474"/>
        <source>Export the SIS&apos;s enrollment IDs.</source>
        <translation>Exporte los ID de inscripción del SIS.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="477"/>
        <source>Enrollment ID used twice</source>
        <translation>ID de inscripción repetido</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="479"/>
        <source>Only one of the two enrollments is created.</source>
        <translation>Solo se crea una de las dos inscripciones.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="480"/>
        <source>Make enrollment IDs unique.</source>
        <translation>Haga que los ID de inscripción sean únicos.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="483"/>
        <source>Enrollment in an unknown class</source>
        <translation>Inscripción en una clase desconocida</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="484"/>
        <source>The class “%1” is not in classes.csv.</source>
        <translation>La clase “%1” no está en classes.csv.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="486"/>
        <source>Add the class to classes.csv or correct the ID.</source>
        <translation>Agregue la clase a classes.csv o corrija el ID.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="489"/>
        <source>Enrollment of an unknown user</source>
        <translation>Inscripción de un usuario desconocido</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="490"/>
        <source>The user “%1” is not in users.csv.</source>
        <translation>El usuario “%1” no está en users.csv.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="492"/>
        <source>Add the user to users.csv or correct the ID.</source>
        <translation>Agregue al usuario a users.csv o corrija el ID.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="495"/>
        <source>Enrollment in an unknown school</source>
        <translation>Inscripción en una escuela desconocida</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="498"/>
        <source>Correct the school ID to the class&apos;s school.</source>
        <translation>Corrija el ID de la escuela para que sea el de la escuela de la clase.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="501"/>
        <source>Enrollment&apos;s school differs from its class&apos;s</source>
        <translation>La escuela de la inscripción no coincide con la de su clase</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="502"/>
        <source>The school “%1” is not the class&apos;s school “%2”.</source>
        <translation>La escuela “%1” no es la escuela de la clase, “%2”.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="504"/>
        <source>Use the class&apos;s schoolSourcedId in the enrollment.</source>
        <translation>Use en la inscripción el schoolSourcedId de la clase.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="507"/>
        <source>Enrollment role not accepted</source>
        <translation>Rol de inscripción no aceptado</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="510"/>
        <source>Use teacher, student, aide or administrator, in lower case.</source>
        <translation>Use teacher, student, aide o administrator, en minúsculas.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="513"/>
        <source>Enrollment role differs from the user&apos;s</source>
        <translation>El rol de la inscripción no coincide con el del usuario</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="514"/>
        <source>The enrollment says “%1”, but users.csv gives %3 the role “%2”.</source>
        <translation>La inscripción indica “%1”, pero users.csv le asigna a %3 el rol “%2”.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="515"/>
        <source>The user joins the class in the wrong role (a teacher as a student cannot own it).</source>
        <translation>El usuario se une a la clase con el rol equivocado (un docente inscrito como estudiante no puede ser su propietario).</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="516"/>
        <source>Make the enrollment&apos;s role agree with the user&apos;s role in users.csv.</source>
        <translation>Haga que el rol de la inscripción coincida con el rol del usuario en users.csv.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="520"/>
        <source>“%1” is not true or false.</source>
        <translation>“%1” no es true ni false.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="522"/>
        <source>Write true or false (or yes or no) in lower case; leave it blank for false.</source>
        <translation>Escriba true o false (o yes o no) en minúsculas; déjelo en blanco para indicar false.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="526"/>
        <source>“%1” must be written in lower case.</source>
        <translation>“%1” debe escribirse en minúsculas.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="527"/>
        <source>The value may not be read as meant: the teacher may not become the class owner.</source>
        <translation>Es posible que el valor no se interprete como se pretendía: puede que el docente no pase a ser propietario de la clase.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="528"/>
        <source>Write true, false, yes or no in lower case.</source>
        <translation>Escriba true, false, yes o no en minúsculas.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="531"/>
        <source>Parent enrolled in a class</source>
        <translation>Padre o tutor inscrito en una clase</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="533"/>
        <source>The enrollment is ignored; the parent joins the classes of the students who name them.</source>
        <translation>Se ignora la inscripción; el padre o tutor se une a las clases de los estudiantes que lo indican.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="534"/>
        <source>Remove parent and guardian enrollments; link parents to students through agentSourcedIds.</source>
        <translation>Quite las inscripciones de padres y tutores; vincule a los padres o tutores con los estudiantes mediante agentSourcedIds.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="537"/>
        <source>Same user in a class twice</source>
        <translation>Mismo usuario dos veces en una clase</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="539"/>
        <source>Only one enrollment is kept.</source>
        <translation>Solo se conserva una inscripción.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="540"/>
        <source>Remove the duplicate enrollment.</source>
        <translation>Quite la inscripción duplicada.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="543"/>
        <source>Phone number not usable</source>
        <translation>Número de teléfono no utilizable</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="544"/>
        <source>“%1” is not a phone number that can be dialed.</source>
        <translation>“%1” no es un número de teléfono al que se pueda llamar.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="545"/>
        <source>The number is not added: the person gets no calls or texts at it.</source>
        <translation>No se agrega el número: la persona no recibe llamadas ni mensajes de texto en él.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="546"/>
        <source>Write the full number with its area code, in any common format: (415) 555-0134, 415-555-0134 or +1 415 555 0134.</source>
        <translation>Escriba el número completo con su código de área, en cualquier formato habitual: (415) 555-0134, 415-555-0134 o +1 415 555 0134.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="549"/>
        <source>Phone number outside the US and Canada</source>
        <translation>Número de teléfono fuera de EE. UU. y Canadá</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="551"/>
        <source>The number is kept, but no text messages reach it.</source>
        <translation>Se conserva el número, pero no le llegan mensajes de texto.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="552"/>
        <source>Add an email for this person, or a US or Canadian mobile number if they have one.</source>
        <translation>Agregue un correo electrónico para esta persona, o un número de celular de EE. UU. o Canadá si lo tiene.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="555"/>
        <source>Preferred language not a language code</source>
        <translation>El idioma preferido no es un código de idioma</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="556"/>
        <source>“%1” is not an ISO 639 language code or a BCP-47 tag%2.</source>
        <translation>“%1” no es un código de idioma ISO 639 ni una etiqueta BCP-47%2.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="557"/>
        <source>The account is created in English: messages are not translated for this person.</source>
        <translation>La cuenta se crea en inglés: los mensajes no se traducen para esta persona.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="558"/>
        <source>Use a language code: en, es, vi, zh, or a tag such as es-MX.</source>
        <translation>Use un código de idioma (en, es, vi, zh) o una etiqueta como es-MX.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="561"/>
        <source>Birth date before 1900</source>
        <translation>Fecha de nacimiento anterior a 1900</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="562"/>
        <source>“%1” is before 1900: probably a typo or a placeholder.</source>
        <translation>“%1” es anterior a 1900: probablemente es un error de escritura o un valor provisional.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="567"/>
        <source>OneRoster field left blank</source>
        <translation>Campo de OneRoster en blanco</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="568"/>
        <source>%1 rows leave %2 blank, the first on this line.</source>
        <translation>%1 filas dejan %2 en blanco; la primera, en esta línea.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="569"/>
        <source>Nothing is lost: OneRoster requires this field, but the hub does not use it.</source>
        <translation>No se pierde nada: OneRoster exige este campo, pero el hub no lo usa.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="570"/>
        <source>Nothing to do for the hub. Other OneRoster consumers may need it: fill it in the SIS export if you share the files elsewhere.</source>
        <translation>No hay nada que hacer para el hub. Otros sistemas que leen OneRoster pueden necesitarlo: complételo en la exportación del SIS si comparte los archivos con ellos.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="573"/>
        <source>Delta row without a status</source>
        <translation>Fila delta sin estado</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="574"/>
        <source>The manifest sends this file as delta, but the status is “%1”, not active or tobedeleted.</source>
        <translation>El manifiesto envía este archivo como delta, pero el estado es “%1”, no active ni tobedeleted.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="575"/>
        <source>The change in this row cannot be applied: the hub does not know whether to add or remove it.</source>
        <translation>El cambio de esta fila no se puede aplicar: el hub no sabe si debe agregarla o quitarla.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="576"/>
        <source>In a delta file every row says active or tobedeleted. If the SIS exports whole files, set the file to bulk in the manifest instead.</source>
        <translation>En un archivo delta cada fila dice active o tobedeleted. Si el SIS exporta archivos completos, indique bulk para ese archivo en el manifiesto.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="579"/>
        <source>Delta row without a change time</source>
        <translation>Fila delta sin hora de modificación</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="580"/>
        <source>The manifest sends this file as delta, but dateLastModified “%1” is not a UTC time such as 2026-11-23T08:30:00Z.</source>
        <translation>El manifiesto envía este archivo como delta, pero dateLastModified “%1” no es una hora UTC como 2026-11-23T08:30:00Z.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="581"/>
        <source>The change cannot be ordered against others, so the row is not applied.</source>
        <translation>El cambio no se puede ordenar respecto de los demás, así que la fila no se aplica.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="582"/>
        <source>Write dateLastModified as an ISO 8601 UTC timestamp: 2026-11-23T08:30:00Z (fractions of a second allowed).</source>
        <translation>Escriba dateLastModified como marca de tiempo ISO 8601 en UTC: 2026-11-23T08:30:00Z (se admiten fracciones de segundo).</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="585"/>
        <source>Emergency contact shared</source>
        <translation>Contacto de emergencia compartido</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="587"/>
        <source>The school&apos;s sync is put on hold for review: an account would be created for someone who should only be called in an emergency.</source>
        <translation>La sincronización de la escuela queda en retención para revisión: se crearía una cuenta para alguien a quien solo se debe llamar en caso de emergencia.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="588"/>
        <source>Leave emergency contacts out of the data shared with the hub: share only the parents and guardians who should get messages.</source>
        <translation>Excluya los contactos de emergencia de los datos compartidos con el hub: comparta solo los padres y tutores que deben recibir mensajes.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="590"/>
        <source>In Clever, change the app&apos;s sharing rules so that contacts of type Emergency are not shared.</source>
        <translation>En Clever, cambie las reglas para compartir de la aplicación para que no se compartan los contactos de tipo Emergency.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="593"/>
        <source>Clever staff become administrators</source>
        <translation>El personal de Clever pasa a ser administrador</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="595"/>
        <source>An administrator account is created for every staff member Clever shares, with access to the schools they are staff at.</source>
        <translation>Se crea una cuenta de administrador para cada miembro del personal que comparte Clever, con acceso a las escuelas en las que trabaja.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="596"/>
        <source>Nothing to do if this person should administer the hub. Otherwise remove the staff role in Clever, or check the Filters tab for the staff shared with the app.</source>
        <translation>No hay que hacer nada si esta persona debe administrar el hub. De lo contrario, quite el rol de personal en Clever o revise la pestaña Filters para el personal compartido con la aplicación.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="597"/>
        <source>In Clever, the Filters tab decides which staff the app sees; make sure no filter leaves out staff who should be administrators.</source>
        <translation>En Clever, la pestaña Filters decide qué personal ve la aplicación; asegúrese de que ningún filtro excluya al personal que debe ser administrador.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="600"/>
        <source>No preferred language from Clever</source>
        <translation>Sin idioma preferido de Clever</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="601"/>
        <source>%1 students and contacts have no preferred language in Clever, the first on this line.</source>
        <translation>%1 estudiantes y contactos no tienen idioma preferido en Clever; el primero está en esta línea.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="602"/>
        <source>Their accounts are created in English, and messages are not translated for them until they choose a language themselves.</source>
        <translation>Sus cuentas se crean en inglés, y los mensajes no se les traducen hasta que ellos mismos eligen un idioma.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="603"/>
        <source>Clever carries the preferred language only on the student: add preferred_language (and guardian_preferred_language for the student&apos;s contacts) to the student&apos;s ext field, or, with Clever&apos;s API v3.1, fill the student&apos;s home language.</source>
        <translation>Clever lleva el idioma preferido solo en el estudiante: agregue preferred_language (y guardian_preferred_language para los contactos del estudiante) al campo ext del estudiante o, con la API v3.1 de Clever, complete el idioma del hogar del estudiante.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="604"/>
        <source>Add preferred_language and guardian_preferred_language to the Student objects&apos; ext field in Clever; Clever has no language on contacts.</source>
        <translation>Agregue preferred_language y guardian_preferred_language al campo ext de los objetos Student en Clever; Clever no tiene idioma en los contactos.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="607"/>
        <source>Aeries credentials with spaces</source>
        <translation>Credenciales de Aeries con espacios</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="608"/>
        <source>The %1 entered for this pull had spaces before or after it; Rosterbench removed them to connect.</source>
        <translation>El valor de %1 ingresado para esta extracción tenía espacios antes o después; Rosterbench los quitó para conectarse.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="609"/>
        <source>Pasted the same way into the hub&apos;s Aeries setup, the credentials are refused, and the sync cannot be set up.</source>
        <translation>Si se pegan de la misma forma en la configuración de Aeries del hub, las credenciales se rechazan y no se puede configurar la sincronización.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="610"/>
        <source>Copy the OneRoster URL, Consumer ID and Consumer Secret again from Aeries, and remove any space before or after them before you click Continue in the hub.</source>
        <translation>Vuelva a copiar la URL de OneRoster, el Consumer ID y el Consumer Secret desde Aeries, y quite cualquier espacio antes o después de ellos antes de hacer clic en Continue en el hub.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="614"/>
        <source>School not matched to the hub</source>
        <translation>Escuela no emparejada con el hub</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="615"/>
        <source>The school “%1” is not matched to a hub school yet.</source>
        <translation>La escuela “%1” aún no está emparejada con una escuela del hub.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="616"/>
        <source>Until it is matched and confirmed, its people and classes do not sync to the hub.</source>
        <translation>Hasta que se empareje y se confirme, sus usuarios y clases no se sincronizan con el hub.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="617"/>
        <source>Match it to its hub school in Schools ▸ Match Schools, or leave it out on purpose.</source>
        <translation>Empareje la escuela con su escuela del hub en Escuelas ▸ Emparejar escuelas, o exclúyala a propósito.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="620"/>
        <source>School left out of the sync</source>
        <translation>Escuela excluida de la sincronización</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="621"/>
        <source>The school “%1” was left out of the school matching.</source>
        <translation>La escuela “%1” se excluyó del emparejamiento de escuelas.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="622"/>
        <source>Its people and classes do not sync to the hub.</source>
        <translation>Sus usuarios y clases no se sincronizan con el hub.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="623"/>
        <source>Nothing to do if it should not sync. Once confirmed, only the hub&apos;s support can change it.</source>
        <translation>No hay que hacer nada si no debe sincronizarse. Una vez confirmado, solo el soporte del hub puede cambiarlo.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="626"/>
        <source>Student with no current enrollment</source>
        <translation>Estudiante sin inscripción vigente</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="628"/>
        <source>Aeries sends the hub only students with a current enrollment: this student is not sent, so no account is created and their parents are not linked to them.</source>
        <translation>Aeries solo envía al hub los estudiantes con una inscripción vigente: este estudiante no se envía, así que no se crea su cuenta y sus padres no quedan vinculados a él.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="629"/>
        <source>If the student still attends, enroll them in this term&apos;s classes, or correct the begin and end dates of their enrollments. If they have left, nothing to do.</source>
        <translation>Si el estudiante sigue asistiendo, inscríbalo en las clases de este periodo o corrija las fechas de inicio y fin de sus inscripciones. Si se ha ido, no hay nada que hacer.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="630"/>
        <source>In Aeries, check the student&apos;s section enrollments for the current term and the term&apos;s dates; a student with only past or future sections is not shared.</source>
        <translation>En Aeries, revise las inscripciones del estudiante en las secciones del periodo actual y las fechas del periodo; un estudiante con solo secciones pasadas o futuras no se comparte.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="633"/>
        <source>School gone since the last import</source>
        <translation>Escuela desaparecida desde la última importación</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="634"/>
        <source>The school “%1” was in the previous import of this session with %2; it is not in this one.</source>
        <translation>La escuela “%1” estaba en la importación anterior de esta sesión con %2; en esta no está.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="635"/>
        <source>Every user, class and enrollment of the school would be removed, so the hub holds the school&apos;s sync for review instead of applying it.</source>
        <translation>Se eliminarían todos los usuarios, clases e inscripciones de la escuela, así que el hub pone en retención la sincronización de la escuela para revisarla en lugar de aplicarla.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="636"/>
        <source>If the school should still sync, find why the export left it out (a sharing rule, a filter, the school&apos;s year rolled over early) and export again. If it closed, tell the hub&apos;s support so they release the hold.</source>
        <translation>Si la escuela debe seguir sincronizándose, averigüe por qué la exportación la dejó fuera (una regla de uso compartido, un filtro, el cambio de curso hecho antes de tiempo) y exporte de nuevo. Si cerró, avise al soporte del hub para que levante la retención.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="638"/>
        <source>In Clever, check the app&apos;s sharing rules: sharing by school must include this school.</source>
        <translation>En Clever, revise las reglas de uso compartido de la aplicación: si se comparte por escuela, debe incluir esta.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="639"/>
        <source>In ClassLink Roster Server, check that the school is still in the app&apos;s sharing.</source>
        <translation>En ClassLink Roster Server, compruebe que la escuela sigue en lo que se comparte con la aplicación.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="642"/>
        <source>Many users removed since the last import</source>
        <translation>Muchos usuarios eliminados desde la última importación</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="644"/>
        <source>Removing that many people at once looks like a mistake in the export, so the hub holds the school&apos;s sync for review. Rosterbench flags a school when at least 25 of its users, and more than 10% of them, are gone.</source>
        <translation>Eliminar a tanta gente a la vez parece un error de la exportación, así que el hub pone en retención la sincronización de la escuela para revisarla. Rosterbench señala una escuela cuando faltan al menos 25 de sus usuarios y más del 10 % de ellos.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="645"/>
        <source>Compare with the SIS: if those people really left (the end of a school year), nothing is wrong and the hub&apos;s support releases the hold. If not, find what left them out (a filter, a missing grade, sourcedIds that changed) and export again.</source>
        <translation>Compare con el SIS: si esas personas de verdad se fueron (el fin de un curso), no hay nada mal y el soporte del hub levanta la retención. Si no, averigüe qué las dejó fuera (un filtro, un grado que falta, sourcedIds que cambiaron) y exporte de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="648"/>
        <source>Many classes removed since the last import</source>
        <translation>Muchas clases eliminadas desde la última importación</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="650"/>
        <source>Their classes and messages would go from the hub at once, so the hub holds the school&apos;s sync for review. Rosterbench flags a school when at least 25 of its classes, and more than 10% of them, are gone.</source>
        <translation>Sus clases y mensajes desaparecerían del hub de golpe, así que el hub pone en retención la sincronización de la escuela para revisarla. Rosterbench señala una escuela cuando faltan al menos 25 de sus clases y más del 10 % de ellas.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="651"/>
        <source>At a change of term this is expected, and the hub&apos;s support releases the hold. Otherwise check the terms and sections shared with the hub, and that class sourcedIds did not change, and export again.</source>
        <translation>En un cambio de periodo es lo esperado, y el soporte del hub levanta la retención. Si no, revise los periodos y secciones que se comparten con el hub y que los sourcedIds de las clases no hayan cambiado, y exporte de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="654"/>
        <source>Far fewer enrollments than the last import</source>
        <translation>Muchas menos inscripciones que en la última importación</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="656"/>
        <source>People would be taken out of their classes in large numbers, so the hub holds the school&apos;s sync for review. Rosterbench flags a school when its enrollments fall by at least 25, and by more than 10%.</source>
        <translation>Se sacaría a mucha gente de sus clases, así que el hub pone en retención la sincronización de la escuela para revisarla. Rosterbench señala una escuela cuando sus inscripciones bajan al menos 25 y más de un 10 %.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="657"/>
        <source>Check that enrollments.csv is complete: a spreadsheet cuts files at 1,048,576 rows, and a filter on terms or sections can leave classes empty. Export again from the SIS rather than editing the file.</source>
        <translation>Compruebe que enrollments.csv está completo: una hoja de cálculo corta los archivos en 1.048.576 filas, y un filtro de periodos o secciones puede dejar clases vacías. Exporte de nuevo desde el SIS en lugar de editar el archivo.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="660"/>
        <source>Latest export more than 90 days old</source>
        <translation>Última exportación con más de 90 días</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="661"/>
        <source>The latest import in this session is %1 days old.</source>
        <translation>La última importación de esta sesión tiene %1 días.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="662"/>
        <source>If it is also the latest upload the hub has, the hub no longer removes users and classes that left the SIS: removals are automated only while files arrive at least every 90 days.</source>
        <translation>Si también es la última carga que tiene el hub, el hub ya no elimina los usuarios y clases que salieron del SIS: las eliminaciones solo son automáticas mientras lleguen archivos al menos cada 90 días.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="663"/>
        <source>Export from the SIS again and upload the new files, then keep uploading at least every 90 days.</source>
        <translation>Exporte de nuevo desde el SIS y suba los archivos nuevos; después, siga subiéndolos al menos cada 90 días.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="739"/>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="740"/>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="757"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="758"/>
        <source>alert</source>
        <translation>alerta</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="759"/>
        <source>hold</source>
        <translation>retención</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="760"/>
        <source>info</source>
        <translation>información</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/validation/rulecatalogue.cpp" line="769"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/validation/rulecatalogue.cpp" line="770"/>
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alerta</numerusform>
            <numerusform>%n alertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/validation/rulecatalogue.cpp" line="771"/>
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n retención</numerusform>
            <numerusform>%n retenciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesCommand</name>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="23"/>
        <source>any file</source>
        <translation>cualquier archivo</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="48"/>
        <source>Lists every rule Rosterbench checks.</source>
        <translation>Muestra todas las reglas que revisa Rosterbench.</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="50"/>
        <source>text (default) or csv.</source>
        <translation>text (predeterminado) o csv.</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="50"/>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="74"/>
        <source>Unknown format “%1”: use text or csv.</source>
        <translation>Formato desconocido “%1”: use text o csv.</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="84"/>
        <source>%1 rules. “rosterbench explain CODE” tells more about one.</source>
        <translation>%1 reglas. “rosterbench explain CODE” da más información sobre una de ellas.</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="92"/>
        <source>Explains one rule: what the hub does, and how to fix it.</source>
        <translation>Explica una regla: qué hace el hub y cómo corregir el problema.</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="93"/>
        <source>The rule&apos;s code, as a report shows it.</source>
        <translation>El código de la regla, tal como aparece en un informe.</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="99"/>
        <source>Name one rule code, such as USR-EMAIL-MISSING.</source>
        <translation>Indique un código de regla, como USR-EMAIL-MISSING.</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="104"/>
        <source>No rule has the code “%1”. “rosterbench rules” lists them all.</source>
        <translation>Ninguna regla tiene el código “%1”. “rosterbench rules” las muestra todas.</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="110"/>
        <source>Severity: %1</source>
        <translation>Gravedad: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="111"/>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="113"/>
        <source>field %1</source>
        <translation>campo %1</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="115"/>
        <source>What will happen: %1</source>
        <translation>Qué pasará: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="116"/>
        <source>How to fix it: %1</source>
        <translation>Cómo corregirlo: %1</translation>
    </message>
</context>
<context>
    <name>SchoolSummary</name>
    <message>
        <location filename="../app/report/schoolsummary.cpp" line="287"/>
        <source>Whole export</source>
        <translation>Toda la exportación</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/schoolsummary.cpp" line="300"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/schoolsummary.cpp" line="301"/>
        <source>%Ln alert(s)</source>
        <translation>
            <numerusform>%Ln alerta</numerusform>
            <numerusform>%Ln alertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/schoolsummary.cpp" line="302"/>
        <source>%Ln hold(s)</source>
        <translation>
            <numerusform>%Ln retención</numerusform>
            <numerusform>%Ln retenciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/schoolsummary.cpp" line="303"/>
        <source>%Ln notice(s)</source>
        <translation>
            <numerusform>%Ln mensaje informativo</numerusform>
            <numerusform>%Ln mensajes informativos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/schoolsummary.cpp" line="311"/>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../app/report/schoolsummary.cpp" line="312"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location filename="../app/report/schoolsummary.cpp" line="313"/>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <location filename="../app/report/schoolsummary.cpp" line="325"/>
        <source>%1 and %2: some accounts, classes or enrollments will not be created, and the school&apos;s sync is held for review.</source>
        <translation>%1 y %2: algunas cuentas, clases o inscripciones no se crearán, y la sincronización de la escuela queda en retención para revisión.</translation>
    </message>
    <message>
        <location filename="../app/report/schoolsummary.cpp" line="329"/>
        <source>%1: some accounts, classes or enrollments will not be created.</source>
        <translation>%1: algunas cuentas, clases o inscripciones no se crearán.</translation>
    </message>
    <message>
        <location filename="../app/report/schoolsummary.cpp" line="332"/>
        <source>%1: the school&apos;s sync is held for review.</source>
        <translation>%1: la sincronización de la escuela queda en retención para revisión.</translation>
    </message>
    <message>
        <location filename="../app/report/schoolsummary.cpp" line="334"/>
        <source>%1: everything is created, but some of it is incomplete or not as intended.</source>
        <translation>%1: se crea todo, pero algunos registros quedan incompletos o no como se pretendía.</translation>
    </message>
    <message>
        <location filename="../app/report/schoolsummary.cpp" line="337"/>
        <source>Nothing stands in the way; %1 worth knowing.</source>
        <translation>Nada impide la puesta en marcha; hay %1 que conviene tener en cuenta.</translation>
    </message>
    <message>
        <location filename="../app/report/schoolsummary.cpp" line="339"/>
        <source>Nothing found: ready to go live.</source>
        <translation>No se encontró nada: todo listo para la puesta en marcha.</translation>
    </message>
    <message>
        <location filename="../app/report/schoolsummary.cpp" line="342"/>
        <source>Also %1 to look at.</source>
        <translation>Además, hay %1 que revisar.</translation>
    </message>
    <message>
        <location filename="../app/report/schoolsummary.cpp" line="348"/>
        <source>No known school</source>
        <translation>Sin escuela conocida</translation>
    </message>
    <message>
        <location filename="../app/report/schoolsummary.cpp" line="353"/>
        <source>Users and classes that name no school, or a school that is not in orgs.csv, and the findings about whole files, the manifest and orgs that are not schools.</source>
        <translation>Usuarios y clases que no indican ninguna escuela, o que indican una escuela que no está en orgs.csv, y los hallazgos sobre archivos completos, el manifiesto y las organizaciones que no son escuelas.</translation>
    </message>
</context>
<context>
    <name>SessionCommand</name>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="41"/>
        <source>Usage: rosterbench session import SESSION EXPORT...
       rosterbench session info SESSION
       rosterbench session match SESSION [--hub-schools FILE.csv] [--auto]
                                 [--set SIS_ID=HUB_ID ...] [--skip SIS_ID ...] [--confirm]

  import  Check an export (a zip, a folder or the CSV files) and keep it in SESSION,
          a .rosterbench file, with its findings. The session is created if needed.
  info    List a session&apos;s imports, their dates and counts, and its school matching.
  match   Match the latest import&apos;s schools to the hub&apos;s schools (read from FILE.csv,
          columns id,name and optionally nces_id,city), automatically (--auto) or by
          hand (--set, --skip), and confirm the matching (--confirm). A confirmed
          school&apos;s match is locked: it cannot be changed afterwards.

Exit code 0: done; 2: the session or the export could not be read or written.</source>
        <translation>Uso: rosterbench session import SESSION EXPORT...
     rosterbench session info SESSION
     rosterbench session match SESSION [--hub-schools FILE.csv] [--auto]
                               [--set SIS_ID=HUB_ID ...] [--skip SIS_ID ...] [--confirm]

  import  Comprueba una exportación (un zip, una carpeta o los archivos CSV) y la
          guarda en SESSION, un archivo .rosterbench, con sus hallazgos. La sesión
          se crea si hace falta.
  info    Lista las importaciones de una sesión, sus fechas y recuentos, y su
          emparejamiento de escuelas.
  match   Empareja las escuelas de la última importación con las escuelas del hub
          (leídas de FILE.csv, columnas id,name y, opcionalmente, nces_id,city),
          automáticamente (--auto) o a mano (--set, --skip), y confirma el
          emparejamiento (--confirm). El emparejamiento de una escuela confirmada
          queda bloqueado: no se puede cambiar después.

Código de salida 0: hecho; 2: no se pudo leer o escribir la sesión o la exportación.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="78"/>
        <source>Name the session and the export: rosterbench session import SESSION EXPORT...</source>
        <translation>Indique la sesión y la exportación: rosterbench session import SESIÓN EXPORTACIÓN...</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="100"/>
        <source>Could not read: %1</source>
        <translation>No se pudo leer: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="101"/>
        <source>Nothing was added to the session.</source>
        <translation>No se agregó nada a la sesión.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="110"/>
        <source>Imported %1 into %2 as import %3: %4 rows; %5.</source>
        <translation>%1 importado en %2 como importación %3: %4 filas; %5.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="123"/>
        <source>The session “%1” has no import yet: import an export first (rosterbench session import SESSION EXPORT).</source>
        <translation>La sesión “%1” aún no tiene ninguna importación: primero importe una exportación (rosterbench session import SESSION EXPORT).</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="138"/>
        <source>The latest import, %1, could not be read: %2</source>
        <translation>No se pudo leer la última importación, %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="176"/>
        <source>  %1: deselected, will not sync</source>
        <translation>  %1: deseleccionada, no se sincronizará</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="178"/>
        <source>  %1 → %2</source>
        <translation>  %1 → %2</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="182"/>
        <source>(score %1, same identifier)</source>
        <translation>(puntuación %1, mismo identificador)</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="183"/>
        <source>(score %1)</source>
        <translation>(puntuación %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="187"/>
        <source>  %1: not matched, will not sync</source>
        <translation>  %1: sin emparejar, no se sincronizará</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="195"/>
        <source>(best suggestion: %1, score %2)</source>
        <translation>(mejor sugerencia: %1, puntuación %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="201"/>
        <source>[confirmed %1 by %2]</source>
        <translation>[confirmado el %1 por %2]</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="203"/>
        <source>[not in the latest import]</source>
        <translation>[no está en la última importación]</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="214"/>
        <source>  Not locked: nothing is confirmed yet</source>
        <translation>  Sin bloquear: aún no hay nada confirmado</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/sessioncommand.cpp" line="217"/>
        <source>  Locked %1 by %2 (%n school(s) confirmed)</source>
        <translation>
            <numerusform>  Bloqueado el %1 por %2 (%n escuela confirmada)</numerusform>
            <numerusform>  Bloqueado el %1 por %2 (%n escuelas confirmadas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/sessioncommand.cpp" line="220"/>
        <source>  Confirmed %1 by %2: %n more school(s)</source>
        <translation>
            <numerusform>  Confirmado el %1 por %2: %n escuela más</numerusform>
            <numerusform>  Confirmado el %1 por %2: %n escuelas más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="230"/>
        <source>Matches the SIS&apos;s schools in the session&apos;s latest import to the hub&apos;s schools, and confirms the matching. A confirmed school&apos;s match is locked: it is never changed again.
Exit code 0: done; 2: nothing was changed (the reason is printed).</source>
        <translation>Empareja las escuelas del SIS de la última importación de la sesión con las escuelas del hub y confirma el emparejamiento. El emparejamiento de una escuela confirmada queda bloqueado: no se vuelve a cambiar nunca.
Código de salida 0: hecho; 2: no se cambió nada (se muestra el motivo).</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="235"/>
        <source>The hub&apos;s schools: a CSV file with the columns id and name, and optionally nces_id and city. Needed the first time.</source>
        <translation>Las escuelas del hub: un archivo CSV con las columnas id y name y, opcionalmente, nces_id y city. Es necesario la primera vez.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="237"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="239"/>
        <source>Match each school not matched yet to the hub school that clearly fits it best (same identifier, or a name scoring %1 or more with no close second).</source>
        <translation>Empareja cada escuela aún no emparejada con la escuela del hub que claramente mejor le corresponde (mismo identificador, o un nombre con una puntuación de %1 o más sin otra cercana).</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="243"/>
        <source>Match an SIS school to a hub school by their ids.</source>
        <translation>Empareja una escuela del SIS con una escuela del hub por sus id.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="246"/>
        <source>Deselect an SIS school: it will not sync.</source>
        <translation>Deselecciona una escuela del SIS: no se sincronizará.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="248"/>
        <source>Confirm the matching. This cannot be undone.</source>
        <translation>Confirma el emparejamiento. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="250"/>
        <source>The session file.</source>
        <translation>El archivo de sesión.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="260"/>
        <source>Name one session: rosterbench session match SESSION --hub-schools FILE.csv [--auto] [--set SIS_ID=HUB_ID ...] [--skip SIS_ID ...] [--confirm]</source>
        <translation>Indique una sesión: rosterbench session match SESSION --hub-schools FILE.csv [--auto] [--set SIS_ID=HUB_ID ...] [--skip SIS_ID ...] [--confirm]</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="267"/>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="283"/>
        <source>The file lists no school.</source>
        <translation>El archivo no incluye ninguna escuela.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="284"/>
        <source>Fix the file and run the command again.</source>
        <translation>Corrija el archivo y vuelva a ejecutar el comando.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="288"/>
        <source>The session has no hub schools yet: give them with --hub-schools FILE.csv.</source>
        <translation>La sesión aún no tiene escuelas del hub: indíquelas con --hub-schools FILE.csv.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="315"/>
        <source>No school has the SIS id “%1” in the latest import (%2). Its schools: %3.</source>
        <translation>Ninguna escuela tiene el id del SIS “%1” en la última importación (%2). Sus escuelas: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="335"/>
        <source>--set takes SIS_ID=HUB_ID, not “%1”.</source>
        <translation>--set recibe SIS_ID=HUB_ID, no “%1”.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="341"/>
        <source>The school “%1” is named twice by --set or --skip: say once what it should be.</source>
        <translation>La escuela “%1” aparece dos veces en --set o --skip: indique una sola vez qué debe hacerse con ella.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="344"/>
        <source>No hub school has the id “%1”. The hub&apos;s schools: %2.</source>
        <translation>Ninguna escuela del hub tiene el id “%1”. Las escuelas del hub: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="378"/>
        <source>Both %1 (%2) and %3 (%4) would go to the hub school %5: a hub school takes one SIS school.</source>
        <translation>Tanto %1 (%2) como %3 (%4) irían a la escuela del hub %5: una escuela del hub admite una sola escuela del SIS.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="392"/>
        <source>The hub&apos;s schools from the file were kept; the matching was not changed.</source>
        <translation>Se guardaron las escuelas del hub del archivo; el emparejamiento no cambió.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/sessioncommand.cpp" line="397"/>
        <source>School matching of import %1, %2, to %n hub school(s):</source>
        <translation>
            <numerusform>Emparejamiento de escuelas de la importación %1, %2, con %n escuela del hub:</numerusform>
            <numerusform>Emparejamiento de escuelas de la importación %1, %2, con %n escuelas del hub:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="405"/>
        <source>Confirmed. School matching of import %1, %2:</source>
        <translation>Confirmado. Emparejamiento de escuelas de la importación %1, %2:</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="423"/>
        <source>Name one session: rosterbench session info SESSION</source>
        <translation>Indique una sesión: rosterbench session info SESIÓN</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="433"/>
        <source>Session %1, created %2</source>
        <translation>Sesión %1, creada el %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/sessioncommand.cpp" line="435"/>
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n importación</numerusform>
            <numerusform>%n importaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="437"/>
        <source>  %1. %2, imported %3 by %4 from %5</source>
        <translation>  %1. %2, importado el %3 por %4 desde %5</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="440"/>
        <source>     %1 orgs, %2 users, %3 classes, %4 enrollments, %5 demographics; %6</source>
        <translation>     %1 organizaciones, %2 usuarios, %3 clases, %4 inscripciones, %5 datos demográficos; %6</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="444"/>
        <source>     (checked with other rules, by Rosterbench %1)</source>
        <translation>     (comprobado con otras reglas, por Rosterbench %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="453"/>
        <source>School matching: %1 hub schools; %2 of %3 SIS schools matched, %4 deselected, %5 not matched</source>
        <translation>Emparejamiento de escuelas: %1 escuelas del hub; %2 de %3 escuelas del SIS emparejadas, %4 deseleccionadas, %5 sin emparejar</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/sessioncommand.cpp" line="463"/>
        <source>%n finding(s) of the latest import acknowledged</source>
        <translation>
            <numerusform>%n hallazgo de la última importación reconocido</numerusform>
            <numerusform>%n hallazgos de la última importación reconocidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="486"/>
        <source>The session “%1” has no import to check yet.</source>
        <translation>La sesión “%1” aún no tiene ninguna importación que comprobar.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="496"/>
        <source>Checking import %1 of the session: %2, imported %3 by %4.</source>
        <translation>Comprobando la importación %1 de la sesión: %2, importado el %3 por %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/sessioncommand.cpp" line="529"/>
        <source>The latest import is %n day(s) old. The hub needs an upload at least every 90 days; after that it no longer removes the users and classes the SIS has dropped.</source>
        <translation>
            <numerusform>La última importación tiene %n día. El hub necesita una subida al menos cada 90 días; pasado ese plazo ya no elimina los usuarios y clases que el SIS ha quitado.</numerusform>
            <numerusform>La última importación tiene %n días. El hub necesita una subida al menos cada 90 días; pasado ese plazo ya no elimina los usuarios y clases que el SIS ha quitado.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/sessioncommand.cpp" line="548"/>
        <source>Unknown session command “%1”.</source>
        <translation>Comando de sesión desconocido: “%1”.</translation>
    </message>
</context>
<context>
    <name>SessionFindings</name>
    <message numerus="yes">
        <location filename="../app/session/sessionfindings.cpp" line="245"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n usuario</numerusform>
            <numerusform>%n usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/session/sessionfindings.cpp" line="247"/>
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n clase</numerusform>
            <numerusform>%n clases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/session/sessionfindings.cpp" line="249"/>
        <source>%n enrollment(s)</source>
        <translation>
            <numerusform>%n inscripción</numerusform>
            <numerusform>%n inscripciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/session/sessionfindings.cpp" line="264"/>
        <source>%1 of the %2 users</source>
        <translation>%1 de los %2 usuarios</translation>
    </message>
    <message>
        <location filename="../app/session/sessionfindings.cpp" line="274"/>
        <source>%1 of the %2 classes</source>
        <translation>%1 de las %2 clases</translation>
    </message>
</context>
<context>
    <name>SessionImport</name>
    <message>
        <location filename="../app/session/sessionimport.cpp" line="46"/>
        <location filename="../app/session/sessionimport.cpp" line="55"/>
        <location filename="../app/session/sessionimport.cpp" line="99"/>
        <source>“%1” could not be read: %2</source>
        <translation>No se pudo leer “%1”: %2</translation>
    </message>
    <message>
        <location filename="../app/session/sessionimport.cpp" line="69"/>
        <source>%1 (folder)</source>
        <translation>%1 (carpeta)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/session/sessionimport.cpp" line="70"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/session/sessionimport.cpp" line="75"/>
        <location filename="../app/session/sessionimport.cpp" line="117"/>
        <source>The export could not be packed for the session.</source>
        <translation>No se pudo empaquetar la exportación para la sesión.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionimport.cpp" line="90"/>
        <location filename="../app/session/sessionimport.cpp" line="105"/>
        <location filename="../app/session/sessionimport.cpp" line="111"/>
        <source>“%1” could not be packed for the session.</source>
        <translation>No se pudo empaquetar “%1” para la sesión.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionimport.cpp" line="195"/>
        <source>The session has no import %1.</source>
        <translation>La sesión no tiene la importación %1.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionimport.cpp" line="199"/>
        <source>Reading %1 from the session</source>
        <translation>Leyendo %1 de la sesión</translation>
    </message>
</context>
<context>
    <name>SessionJobs</name>
    <message>
        <location filename="../ui/sessionjobs.cpp" line="32"/>
        <source>Indexing findings</source>
        <translation>Indexando hallazgos</translation>
    </message>
    <message>
        <location filename="../ui/sessionjobs.cpp" line="35"/>
        <source>Summarizing schools</source>
        <translation>Resumiendo escuelas</translation>
    </message>
    <message>
        <location filename="../ui/sessionjobs.cpp" line="44"/>
        <source>%1 could not be read:

%2</source>
        <translation>No se pudo leer %1:

%2</translation>
    </message>
    <message>
        <location filename="../ui/sessionjobs.cpp" line="65"/>
        <source>The rules have changed since this import was checked: it was checked again, and its new findings kept.</source>
        <translation>Las reglas cambiaron desde que se revisó esta importación: se volvió a revisar y se guardaron sus nuevos hallazgos.</translation>
    </message>
    <message>
        <location filename="../ui/sessionjobs.cpp" line="156"/>
        <source>Keeping %1 in the session</source>
        <translation>Guardando %1 en la sesión</translation>
    </message>
    <message>
        <location filename="../ui/sessionjobs.cpp" line="163"/>
        <source>%1 is shown, but it could not be kept in the session:

%2</source>
        <translation>Se muestra %1, pero no se pudo guardar en la sesión:

%2</translation>
    </message>
    <message>
        <location filename="../ui/sessionjobs.cpp" line="175"/>
        <source>Opening %1</source>
        <translation>Abriendo %1</translation>
    </message>
    <message>
        <location filename="../ui/sessionjobs.cpp" line="209"/>
        <source>Saving the session as %1</source>
        <translation>Guardando la sesión como %1</translation>
    </message>
    <message>
        <location filename="../ui/sessionjobs.cpp" line="212"/>
        <source>Nothing is lost: your work stays in this untitled session, in the window. Save it in a folder you can write to.</source>
        <translation>No se pierde nada: su trabajo sigue en esta sesión sin título, en la ventana. Guárdela en una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location filename="../ui/sessionjobs.cpp" line="214"/>
        <source>Nothing is lost: the window goes on in the session as it was. Save it in a folder you can write to.</source>
        <translation>No se pierde nada: la ventana sigue en la sesión tal como estaba. Guárdela en una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location filename="../ui/sessionjobs.cpp" line="217"/>
        <source>The session could not be saved as %1.

%2

%3</source>
        <translation>No se pudo guardar la sesión como %1.

%2

%3</translation>
    </message>
    <message>
        <location filename="../ui/sessionjobs.cpp" line="222"/>
        <source>The session was copied to %1, but the copy could not be opened to go on in it.

%2

%3</source>
        <translation>La sesión se copió en %1, pero no se pudo abrir la copia para seguir trabajando en ella.

%2

%3</translation>
    </message>
    <message>
        <location filename="../ui/sessionjobs.cpp" line="237"/>
        <source>Acknowledged by %1 on %2.</source>
        <translation>Reconocido por %1 el %2.</translation>
    </message>
    <message>
        <location filename="../ui/sessionjobs.cpp" line="238"/>
        <source>Acknowledged by %1 on %2: %3</source>
        <translation>Reconocido por %1 el %2: %3</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="252"/>
        <source>the session&apos;s file could not be opened</source>
        <translation>no se pudo abrir el archivo de la sesión</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="258"/>
        <source>the system refused access to the session&apos;s file</source>
        <translation>el sistema denegó el acceso al archivo de la sesión</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="261"/>
        <source>another part of Rosterbench or another program kept the session&apos;s file busy for too long; try again</source>
        <translation>otra parte de Rosterbench u otro programa mantuvo ocupado el archivo de la sesión durante demasiado tiempo; inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="264"/>
        <source>there was not enough memory</source>
        <translation>no había memoria suficiente</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="266"/>
        <source>the session&apos;s file or its folder cannot be written</source>
        <translation>no se puede escribir en el archivo de la sesión o en su carpeta</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="268"/>
        <source>the disk could not be read or written (%1)</source>
        <translation>no se pudo leer o escribir en el disco (%1)</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="271"/>
        <source>the session&apos;s file is damaged</source>
        <translation>el archivo de la sesión está dañado</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="273"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="275"/>
        <source>the session&apos;s file could not be opened: its folder may have been moved, removed or made read-only</source>
        <translation>no se pudo abrir el archivo de la sesión: puede que su carpeta se haya movido, eliminado o pasado a solo lectura</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="355"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="362"/>
        <source>%1 in “%2” failed: %3</source>
        <translation>%1 en “%2” falló: %3</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="406"/>
        <source>There is no session at “%1”.</source>
        <translation>No hay ninguna sesión en “%1”.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="410"/>
        <location filename="../app/session/sessionstore.cpp" line="1415"/>
        <source>The folder “%1” does not exist.</source>
        <translation>La carpeta “%1” no existe.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="415"/>
        <source>The session “%1” could not be created: %2</source>
        <translation>No se pudo crear la sesión “%1”: %2</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="419"/>
        <location filename="../app/session/sessionstore.cpp" line="1427"/>
        <source>“%1” is a folder, not a session file.</source>
        <translation>“%1” es una carpeta, no un archivo de sesión.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="423"/>
        <source>“%1” cannot be read: you do not have permission to open it.</source>
        <translation>No se puede leer “%1”: no tiene permiso para abrirlo.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="425"/>
        <source>“%1” is empty: it is not a Rosterbench session.</source>
        <translation>“%1” está vacío: no es una sesión de Rosterbench.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="426"/>
        <source>“%1” is not a Rosterbench session (it is not an SQLite file). Nothing was changed in it.</source>
        <translation>“%1” no es una sesión de Rosterbench (no es un archivo SQLite). No se cambió nada en él.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="434"/>
        <source>“%1” is read-only. Rosterbench writes every change to the session as it is made, so it cannot work in this file. Make it writable, or copy it to a folder of yours and open the copy.</source>
        <translation>“%1” es de solo lectura. Rosterbench escribe cada cambio en la sesión en cuanto se hace, así que no puede trabajar en este archivo. Permita escribir en él, o cópielo a una carpeta suya y abra la copia.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="443"/>
        <source>The folder of “%1” is read-only. Rosterbench keeps a journal beside the session while it is open, so it needs to write there. Copy the session to a folder of yours and open the copy.</source>
        <translation>La carpeta de “%1” es de solo lectura. Rosterbench guarda un diario junto a la sesión mientras está abierta, así que necesita escribir ahí. Copie la sesión a una carpeta suya y abra la copia.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="458"/>
        <source>“%1” is open in another Rosterbench (process %2 on %3). Close it there first; a session is worked on in one window at a time.</source>
        <translation>“%1” está abierto en otro Rosterbench (proceso %2 en %3). Ciérrelo allí primero; en una sesión se trabaja desde una sola ventana a la vez.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="462"/>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="467"/>
        <source>“%1” could not be locked for this window: its folder cannot be written.</source>
        <translation>No se pudo bloquear “%1” para esta ventana: no se puede escribir en su carpeta.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="493"/>
        <source>“%1” is damaged and cannot be opened (%2). Nothing was changed in it; if you have an earlier copy of the session, open that.</source>
        <translation>“%1” está dañado y no se puede abrir (%2). No se cambió nada en él; si tiene una copia anterior de la sesión, abra esa.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="514"/>
        <source>“%1” is an SQLite database, but not a Rosterbench session. Nothing was changed in it.</source>
        <translation>“%1” es una base de datos SQLite, pero no una sesión de Rosterbench. No se cambió nada en ella.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="519"/>
        <source>“%1” was saved by a newer Rosterbench (session format %2; this version reads up to %3). Open it with that version or a later one. Nothing was changed in it.</source>
        <translation>“%1” se guardó con un Rosterbench más reciente (formato de sesión %2; esta versión lee hasta el %3). Ábralo con esa versión o una posterior. No se cambió nada en él.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="568"/>
        <source>Creating the session</source>
        <translation>Crear la sesión</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="599"/>
        <source>Bringing the session to format %1</source>
        <translation>Llevar la sesión al formato %1</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="626"/>
        <source>Recording the history</source>
        <translation>Anotar el historial</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="638"/>
        <source>Keeping the import</source>
        <translation>Guardar la importación</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="638"/>
        <source>there is nothing to keep</source>
        <translation>no hay nada que guardar</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="700"/>
        <source>the export&apos;s bytes could not be read</source>
        <translation>no se pudieron leer los bytes de la exportación</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="749"/>
        <source>Keeping the import of “%1”</source>
        <translation>Guardar la importación de “%1”</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="751"/>
        <source>The import was canceled; the session is as it was.</source>
        <translation>Se canceló la importación; la sesión queda como estaba.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="829"/>
        <source>Reading import %1</source>
        <translation>Leer la importación %1</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="829"/>
        <location filename="../app/session/sessionstore.cpp" line="969"/>
        <source>there is no such import</source>
        <translation>no existe esa importación</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="840"/>
        <location filename="../app/session/sessionstore.cpp" line="856"/>
        <source>Reading the export of “%1”</source>
        <translation>Leer la exportación de “%1”</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="846"/>
        <source>Reading the session was canceled.</source>
        <translation>Se canceló la lectura de la sesión.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="861"/>
        <source>The export “%1” kept in “%2” is damaged: its bytes no longer match the checksum taken when it was imported. Import it again from the original.</source>
        <translation>La exportación “%1” guardada en “%2” está dañada: sus bytes ya no coinciden con la suma de comprobación tomada al importarla. Impórtela de nuevo desde el original.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="878"/>
        <source>Reading the findings of import %1</source>
        <translation>Leer los hallazgos de la importación %1</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="879"/>
        <source>there are none</source>
        <translation>no hay ninguno</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="886"/>
        <source>The findings kept for import %1 could not be read: %2</source>
        <translation>No se pudieron leer los hallazgos guardados de la importación %1: %2</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="962"/>
        <source>Keeping the new findings</source>
        <translation>Guardar los hallazgos nuevos</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="1012"/>
        <source>Acknowledging the finding</source>
        <translation>Reconocer el hallazgo</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="1027"/>
        <source>Taking back the acknowledgement</source>
        <translation>Retirar el reconocimiento</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="1087"/>
        <source>The school %1 was confirmed by %2 on %3 to go to the hub school %4, and cannot be changed.</source>
        <translation>La escuela %1 fue confirmada por %2 el %3 para ir a la escuela del hub %4, y no se puede cambiar.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="1089"/>
        <source>The school %1 was confirmed by %2 on %3 as not synced, and cannot be changed.</source>
        <translation>La escuela %1 fue confirmada por %2 el %3 como no sincronizada, y no se puede cambiar.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="1092"/>
        <source>The hub does not remap a confirmed school: to change it, contact the hub&apos;s support.</source>
        <translation>El hub no vuelve a asignar una escuela confirmada: para cambiarla, comuníquese con el soporte del hub.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="1115"/>
        <source>The hub school “%1” has no id.</source>
        <translation>La escuela del hub “%1” no tiene id.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="1117"/>
        <source>The hub school with id “%1” has no name.</source>
        <translation>La escuela del hub con id “%1” no tiene nombre.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="1120"/>
        <source>The hub school id “%1” is listed twice: each hub school needs its own id.</source>
        <translation>El id de escuela del hub “%1” aparece dos veces: cada escuela del hub necesita su propio id.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="1133"/>
        <source>The hub school “%1” cannot be dropped from the list.</source>
        <translation>La escuela del hub “%1” no se puede quitar de la lista.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="1139"/>
        <source>Keeping the hub&apos;s schools</source>
        <translation>Guardar las escuelas del hub</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="1214"/>
        <source>A school to match (“%1”) has no SIS id.</source>
        <translation>Una escuela para emparejar (“%1”) no tiene id del SIS.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="1217"/>
        <source>The school %1 is listed twice in the matching.</source>
        <translation>La escuela %1 aparece dos veces en el emparejamiento.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="1229"/>
        <source>The hub school “%1” chosen for %2 is not among the hub&apos;s schools of this session.</source>
        <translation>La escuela del hub “%1” elegida para %2 no está entre las escuelas del hub de esta sesión.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="1247"/>
        <source>Both %1 and %2 would go to the hub school “%3”: a hub school takes one SIS school.</source>
        <translation>Tanto %1 como %2 irían a la escuela del hub “%3”: una escuela del hub admite una sola escuela del SIS.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/session/sessionstore.cpp" line="1320"/>
        <source>Nothing was confirmed: %n school(s) have neither a hub school nor are deselected: %1. Match or deselect each first.</source>
        <translation>
            <numerusform>No se confirmó nada: %n escuela no tiene escuela del hub ni está deseleccionada: %1. Emparéjela o deselecciónela primero.</numerusform>
            <numerusform>No se confirmó nada: %n escuelas no tienen escuela del hub ni están deseleccionadas: %1. Empareje o deseleccione cada una primero.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="1329"/>
        <source>There is no school matching to confirm yet.</source>
        <translation>Aún no hay ningún emparejamiento de escuelas que confirmar.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="1330"/>
        <source>Every school&apos;s match is confirmed already: there is nothing new to confirm.</source>
        <translation>El emparejamiento de todas las escuelas ya está confirmado: no hay nada nuevo que confirmar.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="1333"/>
        <source>Confirming the school matching</source>
        <translation>Confirmar el emparejamiento de escuelas</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="1255"/>
        <source>Keeping the school matching</source>
        <translation>Guardar el emparejamiento de escuelas</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="1373"/>
        <source>Recording the export</source>
        <translation>Anotar la exportación</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="1414"/>
        <source>“%1” is a file, not a folder: a session cannot be saved inside it.</source>
        <translation>“%1” es un archivo, no una carpeta: no se puede guardar una sesión dentro de él.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="1420"/>
        <source>The folder “%1” cannot be written: you do not have permission to save files there.</source>
        <translation>No se puede escribir en la carpeta “%1”: no tiene permiso para guardar archivos en ella.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="1426"/>
        <source>“%1” is read-only: it cannot be replaced.</source>
        <translation>“%1” es de solo lectura: no se puede reemplazar.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="1434"/>
        <source>“%1” is open in another Rosterbench; it cannot be replaced now.</source>
        <translation>“%1” está abierto en otro Rosterbench; ahora no se puede reemplazar.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="1435"/>
        <source>“%1” cannot be written: its folder is read-only.</source>
        <translation>No se puede escribir “%1”: su carpeta es de solo lectura.</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="1442"/>
        <location filename="../app/session/sessionstore.cpp" line="1452"/>
        <location filename="../app/session/sessionstore.cpp" line="1465"/>
        <source>Saving a copy as “%1”</source>
        <translation>Guardar una copia como “%1”</translation>
    </message>
    <message>
        <location filename="../app/session/sessionstore.cpp" line="1465"/>
        <source>the copy could not be put in place</source>
        <translation>no se pudo poner la copia en su sitio</translation>
    </message>
</context>
<context>
    <name>SisConnection</name>
    <message>
        <location filename="../app/sis/sisconnection.cpp" line="58"/>
        <source>Consumer ID</source>
        <translation>Consumer ID</translation>
    </message>
    <message>
        <location filename="../app/sis/sisconnection.cpp" line="59"/>
        <source>API key</source>
        <translation>clave de API</translation>
    </message>
    <message>
        <location filename="../app/sis/sisconnection.cpp" line="63"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/sis/sisconnection.cpp" line="69"/>
        <source>Consumer Secret</source>
        <translation>Consumer Secret</translation>
    </message>
    <message>
        <location filename="../app/sis/sisconnection.cpp" line="70"/>
        <source>API secret</source>
        <translation>secreto de API</translation>
    </message>
    <message>
        <location filename="../app/sis/sisconnection.cpp" line="71"/>
        <source>district token</source>
        <translation>token del distrito</translation>
    </message>
    <message>
        <location filename="../app/sis/sisconnection.cpp" line="74"/>
        <source>secret</source>
        <translation>secreto</translation>
    </message>
</context>
<context>
    <name>SisError</name>
    <message>
        <location filename="../app/sis/siserror.cpp" line="24"/>
        <source>Copy the key and secret again from ClassLink › Apps › Roster Server › Actions › API Key and Secret.</source>
        <translation>Vuelva a copiar la clave y el secreto desde ClassLink › Apps › Roster Server › Actions › API Key and Secret.</translation>
    </message>
    <message>
        <location filename="../app/sis/siserror.cpp" line="27"/>
        <source>Copy the district token again from the app&apos;s page in the Clever dashboard; a token stops working when the district disconnects the app.</source>
        <translation>Vuelva a copiar el token del distrito desde la página de la aplicación en el panel de Clever; un token deja de funcionar cuando el distrito desconecta la aplicación.</translation>
    </message>
    <message>
        <location filename="../app/sis/siserror.cpp" line="21"/>
        <source>Copy the Consumer ID and Consumer Secret again from the hub&apos;s record on Aeries&apos;s API Security page, with no space before or after them, and check that its OneRoster box is ticked.</source>
        <translation>Vuelva a copiar el Consumer ID y el Consumer Secret desde el registro del hub en la página API Security de Aeries, sin espacios antes ni después, y compruebe que su casilla OneRoster esté marcada.</translation>
    </message>
    <message>
        <location filename="../app/sis/siserror.cpp" line="39"/>
        <source>In Aeries&apos;s API Security, give the hub&apos;s record read permission for Student Data, Schools, Teacher Data, Classes and Master Schedule.</source>
        <translation>En API Security de Aeries, otorgue al registro del hub permiso de lectura para Student Data, Schools, Teacher Data, Classes y Master Schedule.</translation>
    </message>
    <message>
        <location filename="../app/sis/siserror.cpp" line="42"/>
        <source>In ClassLink, check the sharing permissions of the hub&apos;s app in Roster Server, including demographics (birthDate).</source>
        <translation>En ClassLink, revise los permisos para compartir de la aplicación del hub en Roster Server, incluidos los datos demográficos (birthDate).</translation>
    </message>
    <message>
        <location filename="../app/sis/siserror.cpp" line="45"/>
        <source>In Clever, check the app&apos;s data sharing rules: schools, sections, students, teachers, staff and contacts must be shared.</source>
        <translation>En Clever, revise las reglas para compartir datos de la aplicación: se deben compartir las escuelas, secciones, estudiantes, docentes, personal y contactos.</translation>
    </message>
    <message>
        <location filename="../app/sis/siserror.cpp" line="65"/>
        <source>The pull was canceled.</source>
        <translation>Se canceló la extracción.</translation>
    </message>
    <message>
        <location filename="../app/sis/siserror.cpp" line="80"/>
        <source>%1 did not accept the %2 and %3 (HTTP 401 for %4 at %5). %6</source>
        <translation>%1 no aceptó %2 y %3 (HTTP 401 para %4 en %5). %6</translation>
    </message>
    <message>
        <location filename="../app/sis/siserror.cpp" line="85"/>
        <source>%1 accepted the credentials but does not allow reading %2 (HTTP 403 at %3). %4</source>
        <translation>%1 aceptó las credenciales, pero no permite leer %2 (HTTP 403 en %3). %4</translation>
    </message>
    <message>
        <location filename="../app/sis/siserror.cpp" line="90"/>
        <source>%1 has nothing at %2 (HTTP 404 for %3). Check the URL: it should be the address %1 gives for the API, such as %4.</source>
        <translation>%1 no tiene nada en %2 (HTTP 404 para %3). Compruebe la URL: debe ser la dirección que %1 indica para la API, como %4.</translation>
    </message>
    <message>
        <location filename="../app/sis/siserror.cpp" line="99"/>
        <source>%1 kept asking Rosterbench to slow down (HTTP 429 for %2 at %3). Wait a few minutes and pull again.</source>
        <translation>%1 pidió repetidamente a Rosterbench que fuera más despacio (HTTP 429 para %2 en %3). Espere unos minutos y vuelva a extraer los datos.</translation>
    </message>
    <message>
        <location filename="../app/sis/siserror.cpp" line="107"/>
        <source>%1&apos;s server failed to answer for %2 (HTTP %3 at %4), also when asked again. The SIS may be down or busy: try again later, and tell %1&apos;s support if it lasts.</source>
        <translation>El servidor de %1 no respondió para %2 (HTTP %3 en %4), tampoco al volver a intentarlo. Puede que el SIS esté caído u ocupado: inténtelo más tarde y, si continúa, comuníquelo al soporte de %1.</translation>
    </message>
    <message>
        <location filename="../app/sis/siserror.cpp" line="115"/>
        <source>%1 answered the request for %2 with HTTP %3 at %4, which its API does not give for a valid request. Check the URL; if it is right, tell %1&apos;s support.</source>
        <translation>%1 respondió a la solicitud de %2 con HTTP %3 en %4, algo que su API no devuelve para una solicitud válida. Compruebe la URL; si es correcta, comuníquelo al soporte de %1.</translation>
    </message>
</context>
<context>
    <name>SisHttpClient</name>
    <message numerus="yes">
        <location filename="../app/sis/sishttpclient.cpp" line="37"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sis/sishttpclient.cpp" line="38"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sis/sishttpclient.cpp" line="109"/>
        <source>“%1” is not a web address. Enter the address %2 gives for its API, starting with https://.</source>
        <translation>“%1” no es una dirección web. Ingrese la dirección que %2 indica para su API, que empieza por https://.</translation>
    </message>
    <message>
        <location filename="../app/sis/sishttpclient.cpp" line="119"/>
        <source>Rosterbench sends %1 credentials only over https://, and %2 starts with http://, which anyone on the network could read. Use the https:// address (http:// is accepted only for a test server on this computer).</source>
        <translation>Rosterbench envía las credenciales de %1 solo por https://, y %2 empieza por http://, que cualquiera en la red podría leer. Use la dirección https:// (http:// solo se acepta para un servidor de prueba en este equipo).</translation>
    </message>
    <message>
        <location filename="../app/sis/sishttpclient.cpp" line="124"/>
        <source>“%1” is not a web address Rosterbench can use. Enter the https:// address %2 gives for its API.</source>
        <translation>“%1” no es una dirección web que Rosterbench pueda usar. Ingrese la dirección https:// que %2 indica para su API.</translation>
    </message>
    <message>
        <location filename="../app/sis/sishttpclient.cpp" line="276"/>
        <source>%1 did not answer the request for %2 within %3 (%4). The server may be overloaded, or the address may not be %1&apos;s: check it, or try again later.</source>
        <translation>%1 no respondió a la solicitud de %2 en un plazo de %3 (%4). Puede que el servidor esté sobrecargado o que la dirección no sea la de %1: compruébela o inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../app/sis/sishttpclient.cpp" line="284"/>
        <source>The connection to %1 at %2 is not secure: %3. Rosterbench does not send credentials over a connection it cannot verify. Check the address; if your district inspects HTTPS traffic, ask your network team to install its certificate on this computer.</source>
        <translation>La conexión con %1 en %2 no es segura: %3. Rosterbench no envía credenciales por una conexión que no puede verificar. Compruebe la dirección; si su distrito inspecciona el tráfico HTTPS, pida a su equipo de redes que instale su certificado en este equipo.</translation>
    </message>
    <message>
        <location filename="../app/sis/sishttpclient.cpp" line="296"/>
        <source>The server %1 was not found (%2). Check the address, and that this computer is online.</source>
        <translation>No se encontró el servidor %1 (%2). Compruebe la dirección y que este equipo esté conectado a internet.</translation>
    </message>
    <message>
        <location filename="../app/sis/sishttpclient.cpp" line="302"/>
        <source>Nothing answers at %1: the connection was refused. Check the address %2 gives for its API.</source>
        <translation>Nada responde en %1: se rechazó la conexión. Compruebe la dirección que %2 indica para su API.</translation>
    </message>
    <message>
        <location filename="../app/sis/sishttpclient.cpp" line="322"/>
        <source>The connection to %1 failed while asking for %2 (%3): %4. Check that this computer is online, and try again.</source>
        <translation>La conexión con %1 falló al solicitar %2 (%3): %4. Compruebe que este equipo esté conectado a internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/sis/sishttpclient.cpp" line="332"/>
        <source>%1 asks Rosterbench to wait %2 before asking for %3 again (HTTP 429 at %4): it allows only so many requests at a time. Pull again after that.</source>
        <translation>%1 pide a Rosterbench que espere %2 antes de volver a solicitar %3 (HTTP 429 en %4): solo permite cierto número de solicitudes a la vez. Vuelva a extraer los datos pasado ese tiempo.</translation>
    </message>
</context>
<context>
    <name>SisPull</name>
    <message>
        <location filename="../app/sis/sispull.cpp" line="71"/>
        <source>Choose the SIS to pull from: Aeries, ClassLink or Clever.</source>
        <translation>Elija el SIS del que desea extraer los datos: Aeries, ClassLink o Clever.</translation>
    </message>
    <message>
        <location filename="../app/sis/sispull.cpp" line="74"/>
        <source>Enter the address of %1&apos;s OneRoster API, as %1 gives it.</source>
        <translation>Ingrese la dirección de la API de OneRoster de %1, tal como la indica %1.</translation>
    </message>
    <message>
        <location filename="../app/sis/sispull.cpp" line="78"/>
        <location filename="../app/sis/sispull.cpp" line="82"/>
        <source>Enter the %1 %2.</source>
        <translation>Ingrese %2 de %1.</translation>
    </message>
    <message>
        <location filename="../app/sis/sispull.cpp" line="97"/>
        <location filename="../app/sis/sispull.cpp" line="123"/>
        <source>Connecting to %1</source>
        <translation>Conectando con %1</translation>
    </message>
    <message>
        <location filename="../app/sis/sispull.cpp" line="115"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/sis/sispull.cpp" line="119"/>
        <source>Spaces before or after the %1 were removed.</source>
        <translation>Se quitaron los espacios antes o después de %1.</translation>
    </message>
    <message>
        <location filename="../app/sis/sispull.cpp" line="128"/>
        <source>Pulling %1: %2 of %3</source>
        <translation>Extrayendo %1: %2 de %3</translation>
    </message>
    <message>
        <location filename="../app/sis/sispull.cpp" line="130"/>
        <source>Pulling %1: %2</source>
        <translation>Extrayendo %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sis/sispull.cpp" line="151"/>
        <source>Writing the export</source>
        <translation>Escribiendo la exportación</translation>
    </message>
    <message>
        <location filename="../app/sis/sispull.cpp" line="162"/>
        <source>%1 pull from %2, %3</source>
        <translation>Extracción de %1 desde %2, %3</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <location filename="../app/validation/validator.cpp" line="483"/>
        <source>OneRoster URL</source>
        <translation>URL de OneRoster</translation>
    </message>
    <message>
        <location filename="../app/validation/validator.cpp" line="485"/>
        <source>Consumer ID</source>
        <translation>Consumer ID</translation>
    </message>
    <message>
        <location filename="../app/validation/validator.cpp" line="487"/>
        <source>Consumer Secret</source>
        <translation>Consumer Secret</translation>
    </message>
    <message>
        <location filename="../app/validation/validator.cpp" line="563"/>
        <source>given name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../app/validation/validator.cpp" line="565"/>
        <source>family name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <location filename="../app/validation/validator.cpp" line="596"/>
        <source> (write it with a hyphen: %1)</source>
        <translation> (escríbalo con guion: %1)</translation>
    </message>
    <message>
        <location filename="../app/validation/validator.cpp" line="608"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/validation/validator.cpp" line="676"/>
        <source>%1 (%2, line %3)</source>
        <translation>%1 (%2, línea %3)</translation>
    </message>
    <message>
        <location filename="../app/validation/validator.cpp" line="766"/>
        <source>No teacher or administrator marked primary</source>
        <translation>Ningún docente ni administrador marcado como principal (primary)</translation>
    </message>
    <message>
        <location filename="../app/validation/validator.cpp" line="767"/>
        <source>No teacher or administrator</source>
        <translation>Ningún docente ni administrador</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="27"/>
        <source>Checks OneRoster exports before they reach the school messaging hub.</source>
        <translation>Revisa las exportaciones de OneRoster antes de que lleguen al hub de mensajería escolar.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="32"/>
        <source>A zip, a folder or CSV files to open, or a session file.</source>
        <translation>Un zip, una carpeta o archivos CSV para abrir, o un archivo de sesión.</translation>
    </message>
</context>
<context>
    <name>rb::AcknowledgeDialog</name>
    <message>
        <location filename="../ui/acknowledgedialog.cpp" line="35"/>
        <location filename="../ui/shortcutsdialog.cpp" line="103"/>
        <source>Acknowledge Finding</source>
        <translation>Reconocer hallazgo</translation>
    </message>
    <message>
        <location filename="../ui/acknowledgedialog.cpp" line="45"/>
        <source>&amp;Why can it stay as it is? The note is kept in the session with your name, %1.</source>
        <translation>¿&amp;Por qué puede quedar como está? La nota se guarda en la sesión con su nombre, %1.</translation>
    </message>
    <message>
        <location filename="../ui/acknowledgedialog.cpp" line="57"/>
        <source>%1 acknowledges; Tab goes on to the buttons.</source>
        <translation>%1 reconoce el hallazgo; Tab pasa a los botones.</translation>
    </message>
    <message>
        <location filename="../ui/acknowledgedialog.cpp" line="58"/>
        <source>The school fixes it on Monday (%1 to acknowledge)</source>
        <translation>La escuela lo corrige el lunes (%1 para reconocer)</translation>
    </message>
    <message>
        <location filename="../ui/acknowledgedialog.cpp" line="64"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Reconocer</translation>
    </message>
    <message>
        <location filename="../ui/acknowledgedialog.cpp" line="66"/>
        <source>Acknowledge with this note (%1)</source>
        <translation>Reconocer con esta nota (%1)</translation>
    </message>
</context>
<context>
    <name>rb::ConnectDialog</name>
    <message>
        <location filename="../ui/connectdialog.cpp" line="60"/>
        <source>In ClassLink, go to Apps › Roster Server › Actions (the vertical dots) › API Key and Secret. The Roster Server URL is your tenant&apos;s address.</source>
        <translation>En ClassLink, vaya a Apps › Roster Server › Actions (los tres puntos verticales) › API Key and Secret. La URL del Roster Server es la dirección de su organización.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="62"/>
        <source>Roster Server &amp;URL:</source>
        <translation>&amp;URL del Roster Server:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="65"/>
        <source>Roster Server URL</source>
        <translation>URL del Roster Server</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="69"/>
        <source>Copy the district token from the app&apos;s page in the Clever dashboard. Leave the API URL as it is unless Clever gave you another.</source>
        <translation>Copie el token del distrito de la página de la aplicación en el panel de Clever. Deje la URL de la API como está, salvo que Clever le haya dado otra.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="71"/>
        <source>Clever API &amp;URL:</source>
        <translation>&amp;URL de la API de Clever:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="72"/>
        <source>District t&amp;oken:</source>
        <translation>&amp;Token del distrito:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="73"/>
        <source>Clever API URL</source>
        <translation>URL de la API de Clever</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="80"/>
        <source>OneRoster &amp;URL:</source>
        <translation>&amp;URL de OneRoster:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="81"/>
        <source>Consumer &amp;ID:</source>
        <translation>Consumer &amp;ID:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="82"/>
        <source>Consumer S&amp;ecret:</source>
        <translation>Consumer S&amp;ecret:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="83"/>
        <source>OneRoster URL</source>
        <translation>URL de OneRoster</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="63"/>
        <source>API &amp;key:</source>
        <translation>C&amp;lave de API:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="64"/>
        <source>API s&amp;ecret:</source>
        <translation>S&amp;ecreto de API:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="78"/>
        <source>In Aeries, go to Security › API Security and open the hub&apos;s record (its OneRoster box ticked). Copy its OneRoster URL, Consumer ID and Consumer Secret.</source>
        <translation>En Aeries, vaya a Security › API Security y abra el registro del hub (con la casilla OneRoster marcada). Copie su OneRoster URL, Consumer ID y Consumer Secret.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="117"/>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="119"/>
        <source>API &amp;version:</source>
        <translation>&amp;Versión de la API:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="121"/>
        <source>&amp;Remember the secret in the system keychain</source>
        <translation>&amp;Recordar el secreto en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="124"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="127"/>
        <source>&amp;Cancel Test</source>
        <translation>&amp;Cancelar la prueba</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="132"/>
        <source>&amp;Pull</source>
        <translation>E&amp;xtraer</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="136"/>
        <source>Connect to an SIS</source>
        <translation>Conectar con un SIS</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="147"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="150"/>
        <source>&amp;Source:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="176"/>
        <source>Clever API version</source>
        <translation>Versión de la API de Clever</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="177"/>
        <source>3.0</source>
        <translation>3.0</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="178"/>
        <source>3.1</source>
        <translation>3.1</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="179"/>
        <source>The version of Clever&apos;s Data API the district&apos;s app uses.</source>
        <translation>La versión de la Data API de Clever que usa la aplicación del distrito.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="185"/>
        <source>Unticked, the secret is kept only while Rosterbench runs and asked for each time.</source>
        <translation>Sin marcar, el secreto se guarda solo mientras Rosterbench está abierto y se pide cada vez.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="211"/>
        <source>Testing the connection</source>
        <translation>Probando la conexión</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="293"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="350"/>
        <source>Show the %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="524"/>
        <source>Spaces before or after the %1 were removed.</source>
        <translation>Se quitaron los espacios antes o después de %1.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="527"/>
        <source>Pasted that way into the hub&apos;s Aeries setup, the credentials are refused: leave the spaces out there too.</source>
        <translation>Pegadas así en la configuración de Aeries del hub, las credenciales se rechazan: omita también allí los espacios.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="567"/>
        <source>Enter the district token first.</source>
        <translation>Ingrese primero el token del distrito.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="568"/>
        <source>Enter the %1, %2 and %3 first.</source>
        <translation>Ingrese primero %1, %2 y %3.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="603"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="603"/>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="665"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="681"/>
        <source>Stopping the test…</source>
        <translation>Deteniendo la prueba…</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="694"/>
        <source>Connected. %1 accepted the district token at %2. Press Pull to read the roster.</source>
        <translation>Conectado. %1 aceptó el token del distrito en %2. Pulse Extraer para leer la lista.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="696"/>
        <source>Connected. %1 accepted the %2 and %3 at %4. Press Pull to read the roster.</source>
        <translation>Conectado. %1 aceptó %2 y %3 en %4. Pulse Extraer para leer la lista.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="699"/>
        <source>The test was stopped before %1 answered. Nothing was read.</source>
        <translation>La prueba se detuvo antes de que %1 respondiera. No se leyó nada.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="740"/>
        <source>Looking for the %1 in the system keychain…</source>
        <translation>Buscando %1 en el llavero del sistema…</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="750"/>
        <source>The %1 was filled in from the system keychain.</source>
        <translation>%1 se completó desde el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="784"/>
        <source>The keychain said: “%1”.</source>
        <translation>Mensaje del llavero: “%1”.</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="820"/>
        <source>Saving the %1 in the system keychain…</source>
        <translation>Guardando %1 en el llavero del sistema…</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="833"/>
        <source>Press Pull again to go on without remembering it.</source>
        <translation>Pulse Extraer de nuevo para continuar sin recordarlo.</translation>
    </message>
</context>
<context>
    <name>rb::FindingTreeModel</name>
    <message>
        <location filename="../ui/findingtreemodel.cpp" line="291"/>
        <source>%1: %2</source>
        <comment>a rule row read aloud: its severity, then its title and count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/findingtreemodel.cpp" line="306"/>
        <source>%1 (%2)</source>
        <comment>a rule&apos;s title and how many findings it has</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/findingtreemodel.cpp" line="366"/>
        <source>%1, acknowledged: %2</source>
        <comment>an acknowledged finding read aloud: its severity, then its sentence</comment>
        <translation>%1, reconocido: %2</translation>
    </message>
    <message>
        <location filename="../ui/findingtreemodel.cpp" line="369"/>
        <source>%1: %2</source>
        <comment>a finding read aloud: its severity, then its sentence</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/findingtreemodel.cpp" line="385"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../ui/findingtreemodel.cpp" line="386"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../ui/findingtreemodel.cpp" line="387"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../ui/findingtreemodel.cpp" line="388"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../ui/findingtreemodel.cpp" line="389"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../ui/findingtreemodel.cpp" line="390"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../ui/findingtreemodel.cpp" line="391"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
</context>
<context>
    <name>rb::FindingsPanel</name>
    <message>
        <location filename="../ui/findingspanel.cpp" line="78"/>
        <location filename="../ui/findingspanel.cpp" line="257"/>
        <source>&amp;Acknowledge Finding…</source>
        <translation>&amp;Reconocer hallazgo…</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="79"/>
        <source>&amp;Take Back Acknowledgement</source>
        <translation>Re&amp;tirar reconocimiento</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="77"/>
        <source>Hi&amp;de acknowledged</source>
        <translation>&amp;Ocultar reconocidos</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="87"/>
        <source>Severit&amp;y:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="89"/>
        <source>Fi&amp;le:</source>
        <translation>Arc&amp;hivo:</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="91"/>
        <source>S&amp;chool:</source>
        <translation>Es&amp;cuela:</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="105"/>
        <source>Leave out the findings someone has looked at and acknowledged</source>
        <translation>Omitir los hallazgos que alguien ya revisó y reconoció</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="111"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="112"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="113"/>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="132"/>
        <source>Findings by rule</source>
        <translation>Hallazgos por regla</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="150"/>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="154"/>
        <source>Choose a rule or a finding to see what the hub will do and how to fix it.</source>
        <translation>Elija una regla o un hallazgo para ver qué hará el hub y cómo corregirlo.</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="181"/>
        <source>Mark the finding as looked at, with a note saying why it can stay</source>
        <translation>Marcar el hallazgo como revisado, con una nota que explique por qué puede quedarse</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="257"/>
        <source>Edit &amp;Acknowledgement Note…</source>
        <translation>Editar la nota de &amp;reconocimiento…</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="272"/>
        <source>Open or save a session to acknowledge findings</source>
        <translation>Abra o guarde una sesión para reconocer hallazgos</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="318"/>
        <source>All severities</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="319"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="320"/>
        <source>Holds</source>
        <translation>Retenciones</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="321"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="322"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="325"/>
        <source>All files</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="327"/>
        <source>Other files</source>
        <translation>Otros archivos</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="345"/>
        <source>All schools</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="405"/>
        <source>%1 (SIS: %2)</source>
        <translation>%1 (SIS: %2)</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="406"/>
        <source>Hub school %1 (%2), matched to the SIS&apos;s %3 (%4)</source>
        <translation>Escuela del hub %1 (%2), emparejada con %3 (%4) del SIS</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="414"/>
        <source>%1 (not matched yet)</source>
        <translation>%1 (aún sin emparejar)</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="415"/>
        <source>The SIS&apos;s %1 (%2), not matched to a hub school yet</source>
        <translation>%1 (%2) del SIS, aún sin emparejar con una escuela del hub</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="418"/>
        <source>%1 (left out, will not sync)</source>
        <translation>%1 (excluida, no se sincroniza)</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="419"/>
        <source>The SIS&apos;s %1 (%2), left out in the matching: its records do not sync</source>
        <translation>%1 (%2) del SIS, excluida en el emparejamiento: sus registros no se sincronizan</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="427"/>
        <source>No school (files, headers, manifest)</source>
        <translation>Sin escuela (archivos, encabezados, manifiesto)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/findingspanel.cpp" line="617"/>
        <source>%Ln finding(s) in this export</source>
        <translation>
            <numerusform>%Ln hallazgo en esta exportación</numerusform>
            <numerusform>%Ln hallazgos en esta exportación</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="618"/>
        <source>Not found in this export</source>
        <translation>No se encontró en esta exportación</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="631"/>
        <source>, line %1</source>
        <translation>, línea %1</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="633"/>
        <source>, column %1</source>
        <translation>, columna %1</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="646"/>
        <source>This finding:</source>
        <translation>Este hallazgo:</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="662"/>
        <source>No export open</source>
        <translation>Sin exportación</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/findingspanel.cpp" line="664"/>
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln hallazgo</numerusform>
            <numerusform>%Ln hallazgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/findingspanel.cpp" line="666"/>
        <source>No finding matches these filters (%Ln in all)</source>
        <translation>
            <numerusform>Ningún hallazgo coincide con estos filtros (%Ln en total)</numerusform>
            <numerusform>Ningún hallazgo coincide con estos filtros (%Ln en total)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/findingspanel.cpp" line="668"/>
        <source>%1 of %Ln finding(s) shown</source>
        <translation>
            <numerusform>Mostrando %1 de %Ln hallazgo</numerusform>
            <numerusform>Mostrando %1 de %Ln hallazgos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::HistoryDialog</name>
    <message>
        <location filename="../ui/historydialog.cpp" line="21"/>
        <source>Session created</source>
        <translation>Sesión creada</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="22"/>
        <source>Export imported</source>
        <translation>Exportación importada</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="23"/>
        <source>Finding acknowledged</source>
        <translation>Hallazgo reconocido</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="24"/>
        <source>Acknowledgement taken back</source>
        <translation>Reconocimiento retirado</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="25"/>
        <source>Checked again with new rules</source>
        <translation>Nueva revisión con reglas nuevas</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="26"/>
        <source>Hub schools set</source>
        <translation>Escuelas del hub definidas</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="27"/>
        <source>Schools matched</source>
        <translation>Escuelas emparejadas</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="28"/>
        <source>School matching confirmed and locked</source>
        <translation>Emparejamiento de escuelas confirmado y bloqueado</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="29"/>
        <source>School matching unlocked</source>
        <translation>Emparejamiento de escuelas desbloqueado</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="30"/>
        <source>Report exported</source>
        <translation>Informe exportado</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="39"/>
        <source>Session History</source>
        <translation>Historial de la sesión</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="42"/>
        <source>Everything done in this session, newest first. The history is only ever added to.</source>
        <translation>Todo lo realizado en esta sesión, de lo más reciente a lo más antiguo. Al historial solo se le agregan entradas; nunca se borra nada.</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="45"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="45"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="45"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="45"/>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="45"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="54"/>
        <source>Session history</source>
        <translation>Historial de la sesión</translation>
    </message>
    <message>
        <location filename="../ui/historydialog.cpp" line="66"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>rb::Inspector</name>
    <message>
        <location filename="../ui/inspector.cpp" line="95"/>
        <source>%1, line %2 · sourcedId %3</source>
        <translation>%1, línea %2 · sourcedId %3</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="119"/>
        <source>None</source>
        <translation>No hay</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="125"/>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="144"/>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="186"/>
        <source>Schools</source>
        <translation>Escuelas</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="189"/>
        <source>Parents and guardians</source>
        <translation>Padres y tutores</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="194"/>
        <location filename="../ui/inspector.cpp" line="245"/>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="198"/>
        <source>Classes followed through %1</source>
        <translation>Clases a las que se une a través de %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="202"/>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="212"/>
        <location filename="../ui/inspector.cpp" line="318"/>
        <source>Demographics</source>
        <translation>Datos demográficos</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="229"/>
        <source>School:</source>
        <translation>Escuela:</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="242"/>
        <source>Owners (teachers and administrators)</source>
        <translation>Propietarios (docentes y administradores)</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="244"/>
        <source>Other staff</source>
        <translation>Otro personal</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="255"/>
        <source>Parents and guardians who follow them</source>
        <translation>Padres y tutores de estos estudiantes</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="265"/>
        <source>Part of:</source>
        <translation>Pertenece a:</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="292"/>
        <source>%1 students, %2 staff, %3 parents and guardians, %4 classes</source>
        <translation>%1 estudiantes, %2 miembros del personal, %3 padres y tutores, %4 clases</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="301"/>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="305"/>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="306"/>
        <location filename="../ui/inspector.cpp" line="310"/>
        <source>&lt;i&gt;unknown (%1)&lt;/i&gt;</source>
        <translation>&lt;i&gt;ID desconocido (%1)&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="309"/>
        <source>Class:</source>
        <translation>Clase:</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="322"/>
        <source>Student:</source>
        <translation>Estudiante:</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="331"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="332"/>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="335"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="346"/>
        <source>Show the record shown before this one</source>
        <translation>Mostrar el registro que se mostró antes de este</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="349"/>
        <source>Show the record shown after this one</source>
        <translation>Mostrar el registro que se mostró después de este</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="353"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/inspector.cpp" line="406"/>
        <source>Choose a row in a table to see the record, who it is linked to and what is wrong with it.</source>
        <translation>Elija una fila de una tabla para ver el registro, con quién está vinculado y qué hay que corregir.</translation>
    </message>
</context>
<context>
    <name>rb::KeychainSecretStore</name>
    <message numerus="yes">
        <location filename="../ui/secretstore.cpp" line="118"/>
        <source>The system keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>El llavero del sistema no respondió en %n segundo.</numerusform>
            <numerusform>El llavero del sistema no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/secretstore.cpp" line="137"/>
        <source>The system keychain holds no secret for this connection.</source>
        <translation>El llavero del sistema no guarda ningún secreto para esta conexión.</translation>
    </message>
    <message>
        <location filename="../ui/secretstore.cpp" line="142"/>
        <source>The system keychain refused access: the secret will be asked for each time.</source>
        <translation>El llavero del sistema negó el acceso: el secreto se pedirá cada vez.</translation>
    </message>
    <message>
        <location filename="../ui/secretstore.cpp" line="146"/>
        <source>The secret could not be removed from the system keychain. Remove the “Rosterbench” entry with the keychain&apos;s own tool.</source>
        <translation>No se pudo quitar el secreto del llavero del sistema. Quite la entrada “Rosterbench” con la herramienta del propio llavero.</translation>
    </message>
</context>
<context>
    <name>rb::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <location filename="../ui/mainwindow.cpp" line="305"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <location filename="../ui/mainwindow.cpp" line="1096"/>
        <location filename="../ui/mainwindow.cpp" line="1102"/>
        <location filename="../ui/mainwindow.cpp" line="1383"/>
        <source>Rosterbench</source>
        <translation>Rosterbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="95"/>
        <source>Orgs</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="98"/>
        <source>Enrollments</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99"/>
        <source>Demographics</source>
        <translation>Demografía</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>%1, has errors</source>
        <comment>a tab whose table has errors</comment>
        <translation>%1, tiene errores</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>%1, has holds</source>
        <comment>a tab whose table has holds</comment>
        <translation>%1, tiene retenciones</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>%1, has alerts</source>
        <comment>a tab whose table has alerts</comment>
        <translation>%1, tiene alertas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="111"/>
        <source>%1, has information</source>
        <comment>a tab whose table has information</comment>
        <translation>%1, tiene mensajes informativos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="336"/>
        <source>&amp;New Session</source>
        <translation>&amp;Nueva sesión</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="338"/>
        <source>Close this session and start an empty one</source>
        <translation>Cerrar esta sesión y empezar una vacía</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>Open a session file (.rosterbench) with its imports, review and matching</source>
        <translation>Abrir un archivo de sesión (.rosterbench) con sus importaciones, su revisión y su emparejamiento</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="344"/>
        <source>&amp;Save Session</source>
        <translation>&amp;Guardar sesión</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="346"/>
        <source>Save this session in a file of its own</source>
        <translation>Guardar esta sesión en un archivo propio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <source>Save Session &amp;As…</source>
        <translation>Guardar sesión c&amp;omo…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="351"/>
        <source>Save a copy of this session under another name and go on in the copy</source>
        <translation>Guardar una copia de esta sesión con otro nombre y seguir trabajando en la copia</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="353"/>
        <source>&amp;Match Schools…</source>
        <translation>&amp;Emparejar escuelas…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="355"/>
        <source>Match the SIS&apos;s schools to the hub&apos;s schools, and confirm the matching</source>
        <translation>Emparejar las escuelas del SIS con las escuelas del hub y confirmar el emparejamiento</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="357"/>
        <source>Export School &amp;Mapping as CSV…</source>
        <translation>Exportar e&amp;mparejamiento de escuelas como CSV…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="358"/>
        <source>Write which SIS school goes to which hub school, and which are left out</source>
        <translation>Escribir a qué escuela del hub va cada escuela del SIS y cuáles quedan excluidas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="360"/>
        <source>Session &amp;History…</source>
        <translation>&amp;Historial de la sesión…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="362"/>
        <source>Everything done in this session: imports, acknowledgements, matching, exports</source>
        <translation>Todo lo realizado en esta sesión: importaciones, reconocimientos, emparejamiento, exportaciones</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="365"/>
        <source>&amp;Open Export…</source>
        <translation>&amp;Abrir exportación…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="367"/>
        <source>Open a zip of OneRoster CSV files, or the CSV files themselves</source>
        <translation>Abrir un zip con archivos CSV de OneRoster, o los propios archivos CSV</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="369"/>
        <source>&amp;Pull from SIS…</source>
        <translation>E&amp;xtraer de un SIS…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="371"/>
        <source>Connect to Aeries, ClassLink or Clever and pull the roster, as the hub would</source>
        <translation>Conectar con Aeries, ClassLink o Clever y extraer la lista, como lo haría el hub</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="373"/>
        <source>Open &amp;Folder…</source>
        <translation>Abrir &amp;carpeta…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="375"/>
        <source>Open a folder holding OneRoster CSV files</source>
        <translation>Abrir una carpeta que contiene archivos CSV de OneRoster</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="377"/>
        <source>Export Findings as &amp;CSV…</source>
        <translation>Exportar hallazgos como CS&amp;V…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="386"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="390"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="399"/>
        <source>Open &amp;Recent</source>
        <translation>Exportaciones &amp;recientes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="411"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="412"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="421"/>
        <source>&amp;Search in Table</source>
        <translation>&amp;Buscar en la tabla</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="427"/>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="436"/>
        <source>Your &amp;Name in the History…</source>
        <translation>Su &amp;nombre en el historial…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="438"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="442"/>
        <source>Go to &amp;Findings</source>
        <translation>Ir a los &amp;hallazgos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="445"/>
        <source>Show the findings and move the keyboard into their list</source>
        <translation>Mostrar los hallazgos y llevar el teclado a su lista</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="448"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="449"/>
        <source>F&amp;orward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="459"/>
        <source>&amp;Dark Palette</source>
        <translation>Paleta &amp;oscura</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="477"/>
        <source>&amp;Schools</source>
        <translation>E&amp;scuelas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="480"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="481"/>
        <source>&amp;Rules…</source>
        <translation>&amp;Reglas…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="483"/>
        <source>Every rule Rosterbench checks: what the hub does about it and how to fix it</source>
        <translation>Todas las reglas que revisa Rosterbench: qué hace el hub en cada caso y cómo corregirlo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="484"/>
        <source>&amp;Glossary…</source>
        <translation>&amp;Glosario…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="486"/>
        <source>The words the window uses, in plain words: error, hold, acknowledged, hub school…</source>
        <translation>Las palabras que usa la ventana, explicadas con sencillez: error, retención, reconocido, escuela del hub…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="487"/>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>Atajos de &amp;teclado…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="489"/>
        <source>Every key of the window</source>
        <translation>Todas las teclas de la ventana</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="491"/>
        <source>&amp;About Rosterbench</source>
        <translation>&amp;Acerca de Rosterbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="492"/>
        <source>About Rosterbench</source>
        <translation>Acerca de Rosterbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="493"/>
        <source>&lt;h3&gt;Rosterbench %1&lt;/h3&gt;&lt;p&gt;Checks OneRoster exports before they reach the school messaging hub: every error, alert and hold, on its cell, with how to fix it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rosterbench %1&lt;/h3&gt;&lt;p&gt;Revisa las exportaciones de OneRoster antes de que lleguen al hub de mensajería escolar: cada error, alerta y retención, en su celda, con la forma de corregirlo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="498"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="502"/>
        <source>More tools</source>
        <translation>Más herramientas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="511"/>
        <source>&amp;Import:</source>
        <translation>&amp;Importación:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="515"/>
        <source>Import shown</source>
        <translation>Importación mostrada</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="516"/>
        <source>The session&apos;s imports, newest first: choose one to review it</source>
        <translation>Las importaciones de la sesión, de la más reciente a la más antigua: elija una para revisarla</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="564"/>
        <source>Open Export</source>
        <translation>Abrir exportación</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="565"/>
        <source>OneRoster exports and sessions (*.zip *.csv *.%1);;Zip files (*.zip);;CSV files (*.csv);;Sessions (*.%1);;All files (*)</source>
        <translation>Exportaciones de OneRoster y sesiones (*.zip *.csv *.%1);;Archivos zip (*.zip);;Archivos CSV (*.csv);;Sesiones (*.%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="654"/>
        <source>&amp;Add to Session</source>
        <translation>&amp;Agregar a la sesión</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="655"/>
        <source>Open in a &amp;New Session</source>
        <translation>Abrir en una &amp;nueva sesión</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="697"/>
        <source>Save the Session?</source>
        <translation>¿Desea guardar la sesión?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="698"/>
        <source>This session is not saved: its %n import(s), and what you acknowledged, will be lost unless you save it.</source>
        <translation>
            <numerusform>Esta sesión no está guardada: si no la guarda, se perderá %n importación, junto con lo que usted reconoció.</numerusform>
            <numerusform>Esta sesión no está guardada: si no la guarda, se perderán sus %n importaciones, junto con lo que usted reconoció.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="714"/>
        <source>%1 is open already.</source>
        <translation>%1 ya está abierto.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="820"/>
        <source>Pulling the roster from %1…</source>
        <translation>Extrayendo la lista de %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="837"/>
        <source>Keeping %1 in the session…</source>
        <translation>Guardando %1 en la sesión…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="877"/>
        <source>The session will be saved as %1 once %2 is done.</source>
        <translation>La sesión se guardará como %1 cuando se termine de procesar %2.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="885"/>
        <source>The session is saved as %1 already.</source>
        <translation>La sesión ya está guardada como %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="896"/>
        <source>Saving the session as %1…</source>
        <translation>Guardando la sesión como %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="897"/>
        <source>The session is saved as %1.</source>
        <translation>La sesión se guardó como %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="906"/>
        <source>Everything is saved in %1 as you work.</source>
        <translation>Todo se guarda en %1 a medida que trabaja.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="918"/>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="919"/>
        <source>Save Session As</source>
        <translation>Guardar sesión como</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="920"/>
        <source>Rosterbench sessions (*.%1)</source>
        <translation>Sesiones de Rosterbench (*.%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="964"/>
        <source>Recover Unsaved Session</source>
        <translation>Recuperar sesión no guardada</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="965"/>
        <source>Rosterbench closed without saving a session, last changed %1. Open it to review and save it, or delete it?</source>
        <translation>Rosterbench se cerró sin guardar una sesión, modificada por última vez el %1. ¿Desea abrirla para revisarla y guardarla, o eliminarla?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="969"/>
        <source>&amp;Open It</source>
        <translation>&amp;Abrirla</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="970"/>
        <source>&amp;Delete It</source>
        <translation>&amp;Eliminarla</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="971"/>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1069"/>
        <source>%1 is shown but was not kept in the session: canceled.</source>
        <translation>%1 se muestra, pero no se guardó en la sesión: se canceló.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1180"/>
        <source>Import %1 of the session, from %2, imported %3 by %4</source>
        <translation>Importación %1 de la sesión, procedente de %2, importada el %3 por %4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="574"/>
        <source>Open Export Folder</source>
        <translation>Abrir carpeta de exportación</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="582"/>
        <source>Open Session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="583"/>
        <source>Rosterbench sessions (*.%1);;All files (*)</source>
        <translation>Sesiones de Rosterbench (*.%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="606"/>
        <location filename="../ui/mainwindow.cpp" line="644"/>
        <source>Open Another Export</source>
        <translation>Abrir otra exportación</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="607"/>
        <source>%1 is still being opened. Stop and open %2 instead?</source>
        <translation>Todavía se está abriendo %1. ¿Desea detenerlo y abrir %2 en su lugar?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="744"/>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1196"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1208"/>
        <source>%1: %2 rows with findings</source>
        <translation>%1: %2 filas con hallazgos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1259"/>
        <source>-report.html</source>
        <translation>-informe.html</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1259"/>
        <source>-findings.csv</source>
        <translation>-hallazgos.csv</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1260"/>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1260"/>
        <source>Export Findings</source>
        <translation>Exportar hallazgos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1266"/>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1461"/>
        <source> · confirmed %1 by %2</source>
        <translation> · confirmado el %1 por %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1503"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1291"/>
        <location filename="../ui/mainwindow.cpp" line="1509"/>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="303"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="340"/>
        <source>Open Sess&amp;ion…</source>
        <translation>Abrir s&amp;esión…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="381"/>
        <source>Export Report as H&amp;TML…</source>
        <translation>Exportar informe como H&amp;TML…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="646"/>
        <source>%1 has none of the schools of %2, the latest import of this session: it looks like another district&apos;s export. Open it in a new session of its own, or add it to this session as a new import?</source>
        <translation>%1 no tiene ninguna de las escuelas de %2, la última importación de esta sesión: parece la exportación de otro distrito. ¿Desea abrirla en una sesión nueva propia o agregarla a esta sesión como una nueva importación?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="650"/>
        <source>Add %1 to this session as a new import? %2 stays in the session; choose it again from the Import list. Or open it in a new session of its own.</source>
        <translation>¿Desea agregar %1 a esta sesión como una nueva importación? %2 permanece en la sesión; puede volver a elegirlo en la lista Importación. O bien, puede abrir %1 en una sesión nueva propia.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1251"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV para Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1251"/>
        <source>CSV, plain UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 simple (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1292"/>
        <location filename="../ui/mainwindow.cpp" line="1509"/>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1299"/>
        <location filename="../ui/mainwindow.cpp" line="1513"/>
        <source>Wrote %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1328"/>
        <source>Your Name in the History</source>
        <translation>Su nombre en el historial</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1329"/>
        <source>Everything you change in a session is recorded in its history under this name:</source>
        <translation>Todo lo que cambie en una sesión queda registrado en su historial con este nombre:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1375"/>
        <source>Untitled session</source>
        <translation>Sesión sin título</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1377"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1383"/>
        <source>%1[*] – Rosterbench</source>
        <translation>%1[*] – Rosterbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1396"/>
        <source>Show the latest import to match its schools</source>
        <translation>Muestre la última importación para emparejar sus escuelas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1407"/>
        <source>&lt;h2&gt;This session holds no export yet&lt;/h2&gt;&lt;p&gt;Open a OneRoster export to check it and keep it here: a zip, a folder or the CSV files themselves, with File ▸ Open Export or by dropping them on the window.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Esta sesión aún no contiene ninguna exportación&lt;/h2&gt;&lt;p&gt;Abra una exportación de OneRoster para revisarla y guardarla aquí: un zip, una carpeta o los propios archivos CSV, con Archivo ▸ Abrir exportación o arrastrándolos hasta la ventana.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1411"/>
        <source>&lt;h2&gt;Open a OneRoster export to check it&lt;/h2&gt;&lt;p&gt;A zip, a folder or the CSV files themselves: use File ▸ Open Export, drop them here, or pick one from File ▸ Open Recent. A session saved before opens the same way.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Abra una exportación de OneRoster para revisarla&lt;/h2&gt;&lt;p&gt;Un zip, una carpeta o los propios archivos CSV: use Archivo ▸ Abrir exportación, arrástrelos hasta aquí o elija una en Archivo ▸ Exportaciones recientes. Una sesión guardada anteriormente se abre de la misma manera.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1451"/>
        <source>Schools not matched yet</source>
        <translation>Escuelas aún sin emparejar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1453"/>
        <source>Schools: %1 of %2 matched</source>
        <translation>Escuelas: %1 de %2 emparejadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1455"/>
        <source>, %n left out</source>
        <translation>
            <numerusform>, %n excluida</numerusform>
            <numerusform>, %n excluidas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1464"/>
        <source> (%1 not yet)</source>
        <translation> (%1 aún sin confirmar)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1469"/>
        <source>Schools ▸ Match Schools shows each school&apos;s match; a confirmed one cannot be changed.</source>
        <translation>Escuelas ▸ Emparejar escuelas muestra el emparejamiento de cada escuela; uno confirmado no se puede cambiar.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1478"/>
        <source>Match Schools</source>
        <translation>Emparejar escuelas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1479"/>
        <source>Schools are matched on the latest import. Choose it in the Import list first.</source>
        <translation>Las escuelas se emparejan en la última importación. Primero elíjala en la lista Importación.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1487"/>
        <source>The school matching is confirmed and locked.</source>
        <translation>El emparejamiento de escuelas está confirmado y bloqueado.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1501"/>
        <source>Export School Mapping</source>
        <translation>Exportar emparejamiento de escuelas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1502"/>
        <source>-school-mapping.csv</source>
        <translation>-emparejamiento-escuelas.csv</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1524"/>
        <source>%1 · %2 · %3 (latest)</source>
        <translation>%1 · %2 · %3 (la más reciente)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1525"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1528"/>
        <source>From %1, imported by %2</source>
        <translation>Procedente de %1, importada por %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1563"/>
        <source>Not Acknowledged</source>
        <translation>No se reconoció</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1588"/>
        <source>Acknowledgement Kept</source>
        <translation>Se mantuvo el reconocimiento</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1694"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1699"/>
        <source>Clear Menu</source>
        <translation>Borrar menú</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1070"/>
        <source>Opening %1 was canceled.</source>
        <translation>Se canceló la apertura de %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1093"/>
        <source>%1 is kept in the session as import %2.</source>
        <translation>%1 se guardó en la sesión como la importación %2.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1139"/>
        <source>The export could not be read</source>
        <translation>No se pudo leer la exportación</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1140"/>
        <source>%1 could not be read:

%2</source>
        <translation>No se pudo leer %1:

%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1158"/>
        <source>Read %1 rows in %2 files.</source>
        <translation>Se leyeron %1 filas en %2 archivos.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1170"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 rows in %3 files · %4, %5, %6, %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 filas en %3 archivos · %4, %5, %6, %7</translation>
    </message>
</context>
<context>
    <name>rb::MatchingConfirmPage</name>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1035"/>
        <source>I have checked each match, and I understand that confirming &amp;locks it for good.</source>
        <translation>Revisé cada emparejamiento y entiendo que al confirmar queda &amp;bloqueado de forma definitiva.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1038"/>
        <source>Confirm the matching</source>
        <translation>Confirmar el emparejamiento</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1045"/>
        <source>Matches to confirm</source>
        <translation>Emparejamientos por confirmar</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1047"/>
        <source>SIS school</source>
        <translation>Escuela del SIS</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1047"/>
        <source>Goes to</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1067"/>
        <source>Left out: does not sync</source>
        <translation>Excluida: no se sincroniza</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1069"/>
        <source>(%1 earlier)</source>
        <translation>(%1, con anterioridad)</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1074"/>
        <source>Confirming locks each school&apos;s match below, as the hub does.</source>
        <translation>Al confirmar, se bloquea el emparejamiento de cada escuela que aparece abajo, como lo hace el hub.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1075"/>
        <source>This cannot be undone. Once confirmed, a school&apos;s match cannot be changed here, from the command line, or in the hub&apos;s own setup: to remap a school you must contact the hub&apos;s support. Schools that appear in a later import can be matched and confirmed then.</source>
        <translation>Esto no se puede deshacer. Una vez confirmado, el emparejamiento de una escuela no se puede cambiar aquí, ni desde la línea de comandos, ni en la configuración del propio hub: para volver a asignar una escuela, deberá comunicarse con el soporte del hub. Las escuelas que aparezcan en una importación posterior se podrán emparejar y confirmar en ese momento.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1079"/>
        <source>&amp;Confirm and lock</source>
        <translation>&amp;Confirmar y bloquear</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1081"/>
        <source>Every school&apos;s match is confirmed already.</source>
        <translation>El emparejamiento de todas las escuelas ya está confirmado.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1082"/>
        <source>There is nothing new to confirm. Confirmed matches stay as they are; to remap a school, contact the hub&apos;s support.</source>
        <translation>No hay nada nuevo que confirmar. Los emparejamientos confirmados se mantienen como están; para volver a asignar una escuela, comuníquese con el soporte del hub.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1084"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>rb::MatchingHubPage</name>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="245"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="246"/>
        <source>&amp;Add a school</source>
        <translation>A&amp;gregar una escuela</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="247"/>
        <source>&amp;Remove school</source>
        <translation>&amp;Quitar escuela</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="251"/>
        <source>The hub&apos;s schools</source>
        <translation>Las escuelas del hub</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="252"/>
        <source>The schools your district has in the hub. Import the list the hub gives you as a CSV file (columns id and name; nces_id and city if known), or type them in.</source>
        <translation>Las escuelas que su distrito tiene en el hub. Importe la lista que le proporciona el hub como archivo CSV (columnas id y name; nces_id y city si se conocen), o escríbalas.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="255"/>
        <source>Hub schools</source>
        <translation>Escuelas del hub</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="256"/>
        <source>Hub id</source>
        <translation>Id del hub</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="256"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="256"/>
        <source>NCES id</source>
        <translation>Id NCES</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="256"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="256"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="311"/>
        <source>Import the hub&apos;s schools or type them in: there is nothing to match the SIS&apos;s schools to yet.</source>
        <translation>Importe las escuelas del hub o escríbalas: todavía no hay escuelas con las que emparejar las del SIS.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="316"/>
        <source>The school on row %1 needs its hub id.</source>
        <translation>La escuela de la fila %1 necesita su id del hub.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="318"/>
        <source>The school “%1” on row %2 needs a name.</source>
        <translation>La escuela “%1” de la fila %2 necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="320"/>
        <source>The hub id “%1” is on two rows: each hub school has its own.</source>
        <translation>El id del hub “%1” está en dos filas: cada escuela del hub tiene el suyo.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="340"/>
        <source>Import the hub&apos;s schools</source>
        <translation>Importar las escuelas del hub</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="341"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="353"/>
        <source>Nothing was imported from “%1”:</source>
        <translation>No se importó nada de “%1”:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/matchingwizard.cpp" line="357"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="408"/>
        <source>Locked: %1 (%2)</source>
        <translation>Bloqueada: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="409"/>
        <source>Matched: %1</source>
        <translation>Emparejada: %1</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="413"/>
        <source>A confirmed match goes to this school: its id cannot change, and it cannot be removed.</source>
        <translation>Un emparejamiento confirmado va a esta escuela: su id no puede cambiar y la escuela no se puede quitar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/matchingwizard.cpp" line="424"/>
        <source>%Ln hub school(s).</source>
        <translation>
            <numerusform>%Ln escuela del hub.</numerusform>
            <numerusform>%Ln escuelas del hub.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="437"/>
        <source>A confirmed match goes to this school: it cannot be removed.</source>
        <translation>Un emparejamiento confirmado va a esta escuela: no se puede quitar.</translation>
    </message>
</context>
<context>
    <name>rb::MatchingMatchPage</name>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="608"/>
        <source>Match &amp;automatically</source>
        <translation>Emparejar au&amp;tomáticamente</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="615"/>
        <source>&amp;Match to the selected hub school</source>
        <translation>&amp;Emparejar con la escuela del hub seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="616"/>
        <source>C&amp;lear this match</source>
        <translation>&amp;Quitar este emparejamiento</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="619"/>
        <source>Match each school</source>
        <translation>Emparejar cada escuela</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="620"/>
        <source>Choose the hub school for each SIS school. Suggestions are ranked by identifier (the NCES id) and by how alike the names are, scored from 0 to 100. One hub school takes one SIS school.</source>
        <translation>Elija la escuela del hub para cada escuela del SIS. Las sugerencias se ordenan por identificador (el id NCES) y por el parecido de los nombres, con una puntuación de 0 a 100. Cada escuela del hub recibe una sola escuela del SIS.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="623"/>
        <source>Matches each school whose best hub school has the same identifier, or a name scoring %1 or more with no other school close: check each one afterwards.</source>
        <translation>Empareja cada escuela cuya mejor escuela del hub tiene el mismo identificador, o un nombre con una puntuación de %1 o más sin ninguna otra escuela cercana: revise cada una después.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="627"/>
        <source>SIS schools and their hub schools</source>
        <translation>Escuelas del SIS y sus escuelas del hub</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="628"/>
        <source>SIS school</source>
        <translation>Escuela del SIS</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="628"/>
        <location filename="../ui/matchingwizard.cpp" line="631"/>
        <source>Hub school</source>
        <translation>Escuela del hub</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="628"/>
        <location filename="../ui/matchingwizard.cpp" line="631"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="628"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="630"/>
        <source>Hub schools, best suggestion first</source>
        <translation>Escuelas del hub, primero la mejor sugerencia</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="631"/>
        <source>Hub id</source>
        <translation>Id del hub</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="631"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="631"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="634"/>
        <source>Part of a hub school&apos;s name, id or city</source>
        <translation>Parte del nombre, el id o la ciudad de una escuela del hub</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="654"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/matchingwizard.cpp" line="682"/>
        <source>%n school(s) matched automatically: check each below. Undo takes them back.</source>
        <translation>
            <numerusform>%n escuela emparejada automáticamente: revísela abajo. Deshacer revierte el emparejamiento.</numerusform>
            <numerusform>%n escuelas emparejadas automáticamente: revise cada una abajo. Deshacer revierte los emparejamientos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="685"/>
        <source>No school left could be matched automatically: each needs your choice.</source>
        <translation>No queda ninguna escuela que se pueda emparejar automáticamente: usted debe elegir para cada una.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="793"/>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="795"/>
        <source>Left out</source>
        <translation>Excluida</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="797"/>
        <source>Needs a hub school</source>
        <translation>Falta la escuela del hub</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="799"/>
        <source>Matched</source>
        <translation>Emparejada</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="818"/>
        <source>Still to match: %1. Choose a hub school for each, or leave it out on the previous page (it will not sync).</source>
        <translation>Pendientes de emparejar: %1. Elija una escuela del hub para cada una, o exclúyala en la página anterior (no se sincronizará).</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="831"/>
        <source>Hub school for %1 (%2)</source>
        <translation>Escuela del hub para %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="831"/>
        <source>No school chosen</source>
        <translation>No se eligió ninguna escuela</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="835"/>
        <source>%1: it syncs to %2. A confirmed match cannot be changed; to remap a school, contact the hub&apos;s support.</source>
        <translation>%1: se sincroniza con %2. Un emparejamiento confirmado no se puede cambiar; para volver a asignar una escuela, comuníquese con el soporte del hub.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="838"/>
        <source>%1 as left out: it does not sync. A confirmed school cannot be changed; contact the hub&apos;s support.</source>
        <translation>%1, con la escuela excluida: no se sincroniza. Una escuela confirmada no se puede cambiar; comuníquese con el soporte del hub.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="842"/>
        <source>Left out on the previous page: it will not sync. Tick it there to match it.</source>
        <translation>Excluida en la página anterior: no se sincronizará. Márquela allí para emparejarla.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="844"/>
        <source>Not matched yet. Pick its hub school below and press Enter.</source>
        <translation>Aún sin emparejar. Elija su escuela del hub abajo y presione Enter.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="846"/>
        <source>Matched to %1.</source>
        <translation>Emparejada con %1.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="874"/>
        <source>Locked to %1</source>
        <translation>Bloqueada con %1</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="874"/>
        <source>Taken by %1</source>
        <translation>Ocupada por %1</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="876"/>
        <source>The current match</source>
        <translation>El emparejamiento actual</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="878"/>
        <source>Same identifier</source>
        <translation>Mismo identificador</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="880"/>
        <source>Names alike</source>
        <translation>Nombres parecidos</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="882"/>
        <source>Names partly alike</source>
        <translation>Nombres algo parecidos</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="884"/>
        <source>Names differ</source>
        <translation>Nombres distintos</translation>
    </message>
</context>
<context>
    <name>rb::MatchingReviewPage</name>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="938"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="939"/>
        <source>What will sync into each hub school, and what will not sync at all. People in two schools count in both.</source>
        <translation>Lo que se sincronizará con cada escuela del hub y lo que no se sincronizará en absoluto. Las personas que están en dos escuelas cuentan en ambas.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="942"/>
        <source>What will sync</source>
        <translation>Lo que se sincronizará</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="944"/>
        <source>Hub school</source>
        <translation>Escuela del hub</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="944"/>
        <source>SIS school</source>
        <translation>Escuela del SIS</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="944"/>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="944"/>
        <source>Teachers</source>
        <translation>Docentes</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="944"/>
        <source>Other staff</source>
        <translation>Otro personal</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="945"/>
        <source>Guardians</source>
        <translation>Tutores</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="945"/>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/matchingwizard.cpp" line="981"/>
        <source>Will sync: %Ln hub school(s)</source>
        <translation>
            <numerusform>Se sincronizará con %Ln escuela del hub</numerusform>
            <numerusform>Se sincronizará con %Ln escuelas del hub</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="987"/>
        <source>Will not sync</source>
        <translation>No se sincronizará</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="989"/>
        <source>Left out</source>
        <translation>Excluida</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="991"/>
        <source>Not matched</source>
        <translation>Sin emparejar</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="994"/>
        <source>In no known school</source>
        <translation>En ninguna escuela conocida</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="997"/>
        <source>No SIS school: nothing goes to it</source>
        <translation>Sin escuela del SIS: no recibe nada</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1011"/>
        <source>%1 go to %2, with %3 people and %4 classes. Not syncing: %5 left out, %6 not matched.</source>
        <translation>Sincronización de %1 con %2: %3 personas y %4 clases. Sin sincronizar: %5 por exclusión y %6 sin emparejar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/matchingwizard.cpp" line="1012"/>
        <source>%Ln SIS school(s)</source>
        <translation>
            <numerusform>%Ln escuela del SIS</numerusform>
            <numerusform>%Ln escuelas del SIS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/matchingwizard.cpp" line="1013"/>
        <source>%Ln hub school(s)</source>
        <translation>
            <numerusform>%Ln escuela del hub</numerusform>
            <numerusform>%Ln escuelas del hub</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::MatchingSisPage</name>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="464"/>
        <source>The SIS&apos;s schools</source>
        <translation>Las escuelas del SIS</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="467"/>
        <source>The schools of the latest import%1. Tick each school to roster; a school left unticked will not sync: none of its people or classes go to the hub. Space ticks and unticks.</source>
        <translation>Las escuelas de la última importación%1. Marque cada escuela que desee incluir; una escuela sin marcar no se sincronizará: ninguna de sus personas ni de sus clases llegará al hub. La barra espaciadora marca y desmarca.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="469"/>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="471"/>
        <source>SIS schools</source>
        <translation>Escuelas del SIS</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="472"/>
        <source>Roster</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="472"/>
        <source>SIS school</source>
        <translation>Escuela del SIS</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="472"/>
        <source>SIS id</source>
        <translation>Id del SIS</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="472"/>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="472"/>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="473"/>
        <source>Teachers</source>
        <translation>Docentes</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="473"/>
        <source>Other staff</source>
        <translation>Otro personal</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="473"/>
        <source>Guardians</source>
        <translation>Tutores</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="473"/>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="473"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="515"/>
        <source>There is no import to match: import an export into the session first.</source>
        <translation>No hay ninguna importación que emparejar: primero importe una exportación en la sesión.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="522"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="528"/>
        <source>Not taken in: %1. The hub syncs schools only: a district row (or any org that is not a school) just groups them, and its people sync through their schools.</source>
        <translation>Sin incluir: %1. El hub solo sincroniza escuelas: una fila de distrito (o cualquier organización que no sea una escuela) solo las agrupa, y sus personas se sincronizan a través de sus escuelas.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="549"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="549"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="552"/>
        <source>%1: this cannot be changed.</source>
        <translation>%1: esto no se puede cambiar.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="553"/>
        <source>Tick to roster this school, untick to leave it out.</source>
        <translation>Márquela para incluir esta escuela; desmárquela para excluirla.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="565"/>
        <source>%1: syncs to %2</source>
        <translation>%1: se sincroniza con %2</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="566"/>
        <source>%1: left out, does not sync</source>
        <translation>%1: excluida, no se sincroniza</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="568"/>
        <source>Not in the latest import</source>
        <translation>No está en la última importación</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="570"/>
        <source>To roster</source>
        <translation>Se incluye</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="570"/>
        <source>Left out: will not sync</source>
        <translation>Excluida: no se sincronizará</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="582"/>
        <source>The latest import lists no school in orgs.csv: there is nothing to match.</source>
        <translation>La última importación no incluye ninguna escuela en orgs.csv: no hay nada que emparejar.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="584"/>
        <source>%1 to roster; %2 left out, which will not sync.</source>
        <translation>Incluidas: %1. Excluidas, que no se sincronizarán: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/matchingwizard.cpp" line="585"/>
        <source>%Ln school(s)</source>
        <translation>
            <numerusform>%Ln escuela</numerusform>
            <numerusform>%Ln escuelas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::MatchingWizard</name>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="60"/>
        <location filename="../ui/matchingwizard.cpp" line="1070"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="75"/>
        <source>Confirmed %1 by %2</source>
        <translation>Confirmado el %1 por %2</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="168"/>
        <source>%1, hub school %2</source>
        <translation>%1, escuela del hub %2</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1128"/>
        <source>Untitled session</source>
        <translation>Sesión sin título</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1130"/>
        <source>Match schools – %1</source>
        <translation>Emparejar escuelas – %1</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1132"/>
        <source>Match schools</source>
        <translation>Emparejar escuelas</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1163"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1164"/>
        <source>Re&amp;do</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1285"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Deshacer: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1289"/>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rehacer: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1300"/>
        <source>%1 lists no school.</source>
        <translation>%1 no incluye ninguna escuela.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1311"/>
        <source>The file lacks the hub school %1, to which the confirmed match of %2 goes (%3). Confirmed matches cannot change: use a list that has it.</source>
        <translation>Al archivo le falta la escuela del hub %1, a la que va el emparejamiento confirmado de %2 (%3). Los emparejamientos confirmados no pueden cambiar: use una lista que la incluya.</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1320"/>
        <source>import the hub&apos;s schools from %1</source>
        <translation>importar las escuelas del hub desde %1</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1332"/>
        <source>add a hub school</source>
        <translation>agregar una escuela del hub</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1343"/>
        <source>change the hub school %1</source>
        <translation>cambiar la escuela del hub %1</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1361"/>
        <source>remove the hub school %1</source>
        <translation>quitar la escuela del hub %1</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1377"/>
        <source>roster %1</source>
        <translation>incluir %1</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1377"/>
        <source>leave out %1</source>
        <translation>excluir %1</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1399"/>
        <source>clear the match of %1</source>
        <translation>quitar el emparejamiento de %1</translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1400"/>
        <source>match %1 to %2</source>
        <translation>emparejar %1 con %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/matchingwizard.cpp" line="1421"/>
        <source>match %n school(s) automatically</source>
        <translation>
            <numerusform>emparejar %n escuela automáticamente</numerusform>
            <numerusform>emparejar %n escuelas automáticamente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/matchingwizard.cpp" line="1432"/>
        <source>There is no session to keep the matching in.</source>
        <translation>No hay ninguna sesión en la que guardar el emparejamiento.</translation>
    </message>
</context>
<context>
    <name>rb::MemorySecretStore</name>
    <message>
        <location filename="../ui/secretstore.cpp" line="197"/>
        <location filename="../ui/secretstore.cpp" line="225"/>
        <source>The system keychain holds no secret for this connection.</source>
        <translation>El llavero del sistema no guarda ningún secreto para esta conexión.</translation>
    </message>
</context>
<context>
    <name>rb::OverviewModel</name>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="206"/>
        <source>Not matched yet</source>
        <translation>Aún sin emparejar</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="207"/>
        <source>Left out (will not sync)</source>
        <translation>Excluida (no se sincroniza)</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="213"/>
        <source>%1, hub id %2</source>
        <translation>%1, id en el hub %2</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="215"/>
        <source>Not matched to a hub school yet: Schools ▸ Match Schools matches it.</source>
        <translation>Aún sin emparejar con una escuela del hub: Escuelas ▸ Emparejar escuelas la empareja.</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="216"/>
        <source>Left out in the matching: the school&apos;s records do not sync.</source>
        <translation>Excluida en el emparejamiento: los registros de la escuela no se sincronizan.</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="257"/>
        <source>Every record once, even one in several schools, so the schools&apos; rows can add up to more.</source>
        <translation>Cada registro se cuenta una vez, aunque esté en varias escuelas, así que la suma de las filas de las escuelas puede ser mayor.</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="261"/>
        <source>%1, sourcedId %2</source>
        <translation>%1, sourcedId %2</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="314"/>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="315"/>
        <source>Hub school</source>
        <translation>Escuela del hub</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="316"/>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="317"/>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="318"/>
        <source>Teachers</source>
        <translation>Docentes</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="319"/>
        <source>Other staff</source>
        <translation>Otro personal</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="320"/>
        <source>Guardians</source>
        <translation>Tutores</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="321"/>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="322"/>
        <source>Enrollments</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="323"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="324"/>
        <source>Holds</source>
        <translation>Retenciones</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="325"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="326"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="327"/>
        <source>Readiness</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="333"/>
        <source>The hub school each school syncs into, as matched in Schools ▸ Match Schools.</source>
        <translation>La escuela del hub en la que se sincroniza cada escuela, según el emparejamiento de Escuelas ▸ Emparejar escuelas.</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="334"/>
        <source>The school&apos;s identifier in orgs.csv, such as its state or NCES code.</source>
        <translation>El identificador de la escuela en orgs.csv, como su código estatal o del NCES.</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="335"/>
        <source>Students in the school; a student in two schools counts in both.</source>
        <translation>Estudiantes de la escuela; un estudiante que está en dos escuelas cuenta en las dos.</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="336"/>
        <source>Users with the role teacher.</source>
        <translation>Usuarios con el rol teacher.</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="337"/>
        <source>Aides and administrators.</source>
        <translation>Asistentes y administradores.</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="339"/>
        <source>Parents and guardians, in the schools of the students who name them; one no student names is in the schools of its own orgSourcedIds.</source>
        <translation>Padres y tutores, contados en las escuelas de los estudiantes que los indican; los que ningún estudiante indica, en las escuelas de sus propios orgSourcedIds.</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="341"/>
        <source>Classes whose schoolSourcedId is this school.</source>
        <translation>Clases cuyo schoolSourcedId es esta escuela.</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="342"/>
        <source>Enrollments in the school&apos;s classes.</source>
        <translation>Inscripciones en las clases de la escuela.</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="343"/>
        <source>Accounts, classes or enrollments the hub will not create.</source>
        <translation>Cuentas, clases o inscripciones que el hub no creará.</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="344"/>
        <source>Findings for which the hub holds the school&apos;s sync for review.</source>
        <translation>Hallazgos por los que la sincronización de la escuela queda en retención para revisión.</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="345"/>
        <source>Records the hub creates incomplete or not as intended.</source>
        <translation>Registros que el hub crea incompletos o no como se pretendía.</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="346"/>
        <source>Worth knowing; nothing is lost.</source>
        <translation>Conviene saberlo; no se pierde nada.</translation>
    </message>
    <message>
        <location filename="../ui/overviewmodel.cpp" line="348"/>
        <source>Blocked: errors or holds. Needs attention: alerts. Ready: nothing, or information only.</source>
        <translation>Bloqueada: errores o retenciones. Requiere atención: alertas. Lista: nada, o solo información.</translation>
    </message>
</context>
<context>
    <name>rb::OverviewPage</name>
    <message>
        <location filename="../ui/overviewpage.cpp" line="32"/>
        <source>Schools table</source>
        <translation>Tabla de escuelas</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="107"/>
        <source>No export open.</source>
        <translation>No hay ninguna exportación abierta.</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="109"/>
        <source>The export could not be read, so there is no overview of its schools.</source>
        <translation>No se pudo leer la exportación, así que no hay un resumen de sus escuelas.</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="127"/>
        <source>orgs.csv lists no school.</source>
        <translation>orgs.csv no incluye ninguna escuela.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="132"/>
        <source>%Ln ready</source>
        <translation>
            <numerusform>%Ln lista</numerusform>
            <numerusform>%Ln listas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="134"/>
        <source>%Ln needing attention</source>
        <translation>
            <numerusform>%Ln que requiere atención</numerusform>
            <numerusform>%Ln que requieren atención</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="136"/>
        <source>%Ln blocked</source>
        <translation>
            <numerusform>%Ln bloqueada</numerusform>
            <numerusform>%Ln bloqueadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="137"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="137"/>
        <source>%Ln school(s)</source>
        <translation>
            <numerusform>%Ln escuela</numerusform>
            <numerusform>%Ln escuelas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="145"/>
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln usuario</numerusform>
            <numerusform>%Ln usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="147"/>
        <source>%Ln class(es)</source>
        <translation>
            <numerusform>%Ln clase</numerusform>
            <numerusform>%Ln clases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="149"/>
        <source>%Ln enrollment(s)</source>
        <translation>
            <numerusform>%Ln inscripción</numerusform>
            <numerusform>%Ln inscripciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="155"/>
        <source>Outside any school: %1.</source>
        <translation>Fuera de cualquier escuela: %1.</translation>
    </message>
</context>
<context>
    <name>rb::RosterTableModel</name>
    <message numerus="yes">
        <location filename="../ui/rostertablemodel.cpp" line="111"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rostertablemodel.cpp" line="191"/>
        <location filename="../ui/rostertablemodel.cpp" line="193"/>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
</context>
<context>
    <name>rb::RosterTableView</name>
    <message>
        <location filename="../ui/rostertableview.cpp" line="149"/>
        <source>Names, kept in view</source>
        <translation>Nombres, siempre visibles</translation>
    </message>
</context>
<context>
    <name>rb::RulesDialog</name>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="60"/>
        <source>Rules and Glossary</source>
        <translation>Reglas y glosario</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="65"/>
        <source>Search codes, titles and explanations</source>
        <translation>Buscar en códigos, títulos y explicaciones</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="67"/>
        <source>Search the rules</source>
        <translation>Buscar en las reglas</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="70"/>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="74"/>
        <location filename="../ui/rulesdialog.cpp" line="86"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="75"/>
        <source>All severities</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="79"/>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="85"/>
        <location filename="../ui/rulesdialog.cpp" line="127"/>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="86"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="86"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="98"/>
        <source>The rule explained</source>
        <translation>Explicación de la regla</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="102"/>
        <source>Choose a rule to see what the hub will do and how to fix it.</source>
        <translation>Elija una regla para ver qué hará el hub y cómo corregirlo.</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="131"/>
        <location filename="../ui/rulesdialog.cpp" line="135"/>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rulesdialog.cpp" line="198"/>
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n regla</numerusform>
            <numerusform>%n reglas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rulesdialog.cpp" line="199"/>
        <source>%1 of %n rule(s)</source>
        <translation>
            <numerusform>%1 de %n regla</numerusform>
            <numerusform>%1 de %n reglas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="270"/>
        <source>In %1.</source>
        <translation>En %1.</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="270"/>
        <source>In %1, column %2.</source>
        <translation>En %1, columna %2.</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="279"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="280"/>
        <source>The hub refuses the record (the account, class or enrollment is not created), or the whole upload, until it is fixed.</source>
        <translation>El hub rechaza el registro (no se crea la cuenta, la clase o la inscripción), o toda la carga, hasta que se corrija.</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="282"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="283"/>
        <source>The hub creates the record, but something in it is missing or not as intended: a parent no message can reach, a class without a teacher.</source>
        <translation>El hub crea el registro, pero le falta algo o algo no es como se pretendía: un padre o tutor al que no le llega ningún mensaje, una clase sin docente.</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="285"/>
        <source>Hold</source>
        <translation>Retención</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="286"/>
        <source>The hub stops the school&apos;s sync and waits for its support to review it: nothing of that school changes in the hub until the hold is released.</source>
        <translation>El hub detiene la sincronización de la escuela y espera a que su soporte la revise: nada de esa escuela cambia en el hub hasta que se levanta la retención.</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="288"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="288"/>
        <source>Worth knowing; nothing is lost and nothing needs doing.</source>
        <translation>Conviene saberlo; no se pierde nada y no hay que hacer nada.</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="289"/>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="289"/>
        <source>One problem Rosterbench found, on a file, a row or a cell, by one of its rules.</source>
        <translation>Un problema que Rosterbench encontró en un archivo, una fila o una celda, según una de sus reglas.</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="290"/>
        <source>Acknowledged</source>
        <translation>Reconocido</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="291"/>
        <source>A finding someone has looked at and accepted, with a note saying why it can stay (&quot;the school fixes it on Monday&quot;). It is kept in the session with their name, ticked in the list, and left out with Hide acknowledged. It still reaches the hub as it is.</source>
        <translation>Un hallazgo que alguien revisó y aceptó, con una nota que explica por qué puede quedar así (“la escuela lo corrige el lunes”). Se guarda en la sesión con el nombre de esa persona, aparece marcado en la lista y se oculta con Ocultar reconocidos. Aun así, llega al hub tal como está.</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="294"/>
        <source>Hub school</source>
        <translation>Escuela del hub</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="295"/>
        <source>A school as the hub knows it, by the hub&apos;s name and id. Matching says which of the SIS&apos;s schools syncs into which hub school; a school not matched, or left out, does not sync.</source>
        <translation>Una escuela tal como la conoce el hub, con el nombre y el id del hub. El emparejamiento indica qué escuela del SIS se sincroniza con qué escuela del hub; una escuela sin emparejar, o excluida, no se sincroniza.</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="297"/>
        <source>SIS</source>
        <translation>SIS</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="297"/>
        <source>The Student Information System the district keeps its roster in (Aeries, PowerSchool…), which writes the export or which the hub pulls from.</source>
        <translation>El sistema de información estudiantil (Student Information System) en el que el distrito mantiene sus listas (Aeries, PowerSchool…), que genera la exportación o del que el hub extrae los datos.</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="299"/>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="300"/>
        <source>One export or pull kept in the session, byte for byte, with when and by whom it was opened. The Import list shows the session&apos;s imports, newest first; each next import is compared with the one before.</source>
        <translation>Una exportación o extracción guardada en la sesión, byte por byte, con la fecha en que se abrió y quién la abrió. La lista Importación muestra las importaciones de la sesión, de la más reciente a la más antigua; cada importación nueva se compara con la anterior.</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="302"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../ui/rulesdialog.cpp" line="303"/>
        <source>The file (.rosterbench) that keeps a district&apos;s review over days: its imports, what was acknowledged, the school matching and a history of it all. It can be handed to a colleague.</source>
        <translation>El archivo (.rosterbench) que guarda la revisión de un distrito a lo largo de los días: sus importaciones, lo que se reconoció, el emparejamiento de escuelas y el historial de todo ello. Se puede pasar a un colega.</translation>
    </message>
</context>
<context>
    <name>rb::SecretStore</name>
    <message>
        <location filename="../ui/secretstore.cpp" line="55"/>
        <source>The system keychain is not available: the secret will be asked for each time.</source>
        <translation>El llavero del sistema no está disponible: el secreto se pedirá cada vez.</translation>
    </message>
    <message>
        <location filename="../ui/secretstore.cpp" line="60"/>
        <source>The system keychain could not keep the secret: it will be asked for each time.</source>
        <translation>El llavero del sistema no pudo guardar el secreto: se pedirá cada vez.</translation>
    </message>
</context>
<context>
    <name>rb::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="51"/>
        <source>%1 ▸ %2</source>
        <translation>%1 ▸ %2</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="73"/>
        <source>Open the %1 menu</source>
        <translation>Abrir el menú %1</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="73"/>
        <source>Menu bar</source>
        <translation>Barra de menús</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="100"/>
        <source>The window</source>
        <translation>La ventana</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="102"/>
        <source>Acknowledge with the note typed</source>
        <translation>Reconocer con la nota escrita</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="112"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="114"/>
        <source>Every key of the window. In a menu, the underlined letter chooses an item; in a dialog, Alt and the underlined letter goes to a field.</source>
        <translation>Todas las teclas de la ventana. En un menú, la letra subrayada elige una opción; en un cuadro de diálogo, Alt y la letra subrayada llevan a un campo.</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="120"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="121"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="121"/>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="121"/>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
</context>
<context>
    <name>rb::TablePage</name>
    <message>
        <location filename="../ui/tablepage.cpp" line="138"/>
        <source>Search this table (Ctrl+F)</source>
        <translation>Buscar en esta tabla (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="149"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="139"/>
        <source>Clear search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="152"/>
        <source>Search in</source>
        <translation>Buscar en</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="153"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="154"/>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="155"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="156"/>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="157"/>
        <source>Rows with problems</source>
        <translation>Filas con problemas</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="158"/>
        <source>Rows with errors</source>
        <translation>Filas con errores</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="159"/>
        <source>Rows with holds</source>
        <translation>Filas con retenciones</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="160"/>
        <source>Rows with alerts</source>
        <translation>Filas con alertas</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="161"/>
        <source>Rows with information</source>
        <translation>Filas con información</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="172"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="173"/>
        <source>Show every row of the table again</source>
        <translation>Volver a mostrar todas las filas de la tabla</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="177"/>
        <source>Search in:</source>
        <translation>Buscar en:</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="178"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="179"/>
        <source>School:</source>
        <translation>Escuela:</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="180"/>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="222"/>
        <location filename="../ui/tablepage.cpp" line="723"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="371"/>
        <source>All columns</source>
        <translation>En todas</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="372"/>
        <source>All roles</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="411"/>
        <source>All schools</source>
        <translation>Todas las escuelas</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="482"/>
        <source>Left out (will not sync)</source>
        <translation>Excluidas (no se sincronizan)</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="483"/>
        <source>The records of the schools left out of the matching, which do not sync: %1</source>
        <translation>Los registros de las escuelas excluidas del emparejamiento, que no se sincronizan: %1</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="392"/>
        <source>(blank)</source>
        <translation>(en blanco)</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="64"/>
        <source>Orgs table</source>
        <translation>Tabla de organizaciones</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="65"/>
        <source>Users table</source>
        <translation>Tabla de usuarios</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="66"/>
        <source>Classes table</source>
        <translation>Tabla de clases</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="67"/>
        <source>Enrollments table</source>
        <translation>Tabla de inscripciones</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="68"/>
        <source>Demographics table</source>
        <translation>Tabla de datos demográficos</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="69"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablepage.cpp" line="81"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="468"/>
        <source>%1 (SIS: %2)</source>
        <translation>%1 (SIS: %2)</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="470"/>
        <source>Hub school %1 (%2), matched to the SIS&apos;s %3 (%4)</source>
        <translation>Escuela del hub %1 (%2), emparejada con %3 (%4) del SIS</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="478"/>
        <source>Not matched yet</source>
        <translation>Aún sin emparejar</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="479"/>
        <source>The records of the schools not matched to a hub school yet: %1</source>
        <translation>Los registros de las escuelas aún no emparejadas con una escuela del hub: %1</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="552"/>
        <source>Sorting…</source>
        <translation>Ordenando…</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="552"/>
        <source>Filtering…</source>
        <translation>Filtrando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablepage.cpp" line="603"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="605"/>
        <source>%1 of %2 rows</source>
        <translation>%1 de %2 filas</translation>
    </message>
    <message>
        <location filename="../ui/tablepage.cpp" line="724"/>
        <source>The selection has %1 cells; at most %2 can be copied at once. Filter the table or select fewer rows, or export the findings instead.</source>
        <translation>La selección tiene %1 celdas; se pueden copiar como máximo %2 a la vez. Filtre la tabla o seleccione menos filas, o bien exporte los hallazgos.</translation>
    </message>
</context>
<context>
    <name>rb::TableView</name>
    <message>
        <location filename="../ui/tableview.cpp" line="13"/>
        <source>Select all cells</source>
        <translation>Seleccionar todas las celdas</translation>
    </message>
</context>
</TS>
