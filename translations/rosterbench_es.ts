<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="36"/>
        <source>Reads a OneRoster 1.1 CSV export and reports every problem the hub would object to.
Exit code 0: no errors; 1: errors found; 2: the export could not be read.</source>
        <translation>Lee una exportación CSV de OneRoster 1.1 e informa todos los problemas que el hub rechazaría.
Código de salida 0: sin errores; 1: se encontraron errores; 2: no se pudo leer la exportación.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="41"/>
        <source>Report format: text (default), csv or json.</source>
        <translation>Formato del informe: text (predeterminado), csv o json.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="41"/>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="43"/>
        <source>Write the report to FILE instead of the terminal.</source>
        <translation>Escribe el informe en ARCHIVO en lugar de mostrarlo en la terminal.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="44"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="48"/>
        <source>A zip, a folder, or the CSV files of one export.</source>
        <translation>Un zip, una carpeta o los archivos CSV de una exportación.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="64"/>
        <source>Unknown format “%1”: use text, csv or json.</source>
        <translation>Formato desconocido “%1”: use text, csv o json.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="72"/>
        <source>Name the export to check: a zip, a folder or CSV files.</source>
        <translation>Indique la exportación que desea revisar: un zip, una carpeta o archivos CSV.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="73"/>
        <source>Run “rosterbench check --help” for the options.</source>
        <translation>Ejecute “rosterbench check --help” para ver las opciones.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="86"/>
        <source>Could not write the report to “%1”: %2</source>
        <translation>No se pudo escribir el informe en “%1”: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="98"/>
        <source>Could not read: %1</source>
        <translation>No se pudo leer: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="27"/>
        <source>Usage: rosterbench [EXPORT...]
       rosterbench check EXPORT... [--format text|csv|json] [--output FILE]

Without a command, opens the window (on EXPORT, if given).

Commands:
  check    Read a OneRoster 1.1 CSV export (a zip, a folder or the CSV files) and
           report every problem found. Exit code 0: no errors; 1: errors found;
           2: the export could not be read.

Run “rosterbench COMMAND --help” for a command&apos;s options.
</source>
        <translation>Uso: rosterbench [EXPORT...]
     rosterbench check EXPORT... [--format text|csv|json] [--output ARCHIVO]

Sin un comando, abre la ventana (con EXPORT cargado, si se indica).

Comandos:
  check    Lee una exportación CSV de OneRoster 1.1 (un zip, una carpeta o los
           archivos CSV) e informa todos los problemas encontrados. Código de
           salida 0: sin errores; 1: se encontraron errores; 2: no se pudo leer
           la exportación.

Ejecute “rosterbench COMANDO --help” para ver las opciones de un comando.
</translation>
    </message>
</context>
<context>
    <name>ExportReader</name>
    <message>
        <location filename="../app/oneroster/exportreader.cpp" line="32"/>
        <source>it is an Excel workbook (.xlsx) or another zip, renamed to .csv</source>
        <translation>es un libro de Excel (.xlsx) u otro zip, renombrado a .csv</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportreader.cpp" line="34"/>
        <source>it is an old Excel workbook (.xls), renamed to .csv</source>
        <translation>es un libro de Excel antiguo (.xls), renombrado a .csv</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportreader.cpp" line="36"/>
        <source>it is UTF-16 text, which Excel calls “Unicode Text”</source>
        <translation>es texto UTF-16, que Excel llama “Texto Unicode”</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportreader.cpp" line="38"/>
        <source>it is a rich-text (RTF) document</source>
        <translation>es un documento de texto enriquecido (RTF)</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportreader.cpp" line="40"/>
        <source>it is a PDF document</source>
        <translation>es un documento PDF</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportreader.cpp" line="45"/>
        <source>it is UTF-16 text without a byte-order mark</source>
        <translation>es texto UTF-16 sin marca de orden de bytes (BOM)</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportreader.cpp" line="46"/>
        <source>it holds binary data</source>
        <translation>contiene datos binarios</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportreader.cpp" line="232"/>
        <source>Reading %1</source>
        <translation>Leyendo %1</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportreader.cpp" line="289"/>
        <source>%1, line %2: the line is longer than %3 MB without ending. This is not a roster file, or it was damaged.</source>
        <translation>%1, línea %2: la línea supera los %3 MB sin terminar. No es un archivo de OneRoster o está dañado.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportreader.cpp" line="431"/>
        <source>(blank)</source>
        <translation>(en blanco)</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportreader.cpp" line="560"/>
        <source>Indexing</source>
        <translation>Indexando</translation>
    </message>
</context>
<context>
    <name>ExportSource</name>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="70"/>
        <source>“%1” in the zip could not be opened: the zip is damaged or incomplete.</source>
        <translation>No se pudo abrir “%1” dentro del zip: el zip está dañado o incompleto.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="88"/>
        <source>“%1” could not be inflated: the zip is damaged or was cut short.</source>
        <translation>No se pudo descomprimir “%1”: el zip está dañado o quedó incompleto.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="96"/>
        <source>“%1” is damaged: its contents do not match its checksum. The zip was probably cut short or corrupted in transfer.</source>
        <translation>“%1” está dañado: su contenido no coincide con su suma de verificación. Probablemente el zip quedó incompleto o se dañó durante la transferencia.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="101"/>
        <source>“%1” is damaged: it inflates to %2 bytes where the zip says %3.</source>
        <translation>“%1” está dañado: descomprimido ocupa %2 bytes, pero el zip indica %3.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="110"/>
        <source>“%1” inflates to more than %2; Rosterbench does not read files that large.</source>
        <translation>“%1” ocupa más de %2 descomprimido; Rosterbench no lee archivos tan grandes.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="116"/>
        <source>“%1” inflates to more than %2 times its compressed size: this zip is built to exhaust memory (a zip bomb), not a roster export.</source>
        <translation>“%1” descomprimido ocupa más de %2 veces su tamaño comprimido: este zip está hecho para agotar la memoria (una bomba zip); no es una exportación de OneRoster.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="154"/>
        <source>“%1” could not be read as a zip: it is damaged or incomplete (its table of contents is missing, which happens when a download or copy is cut short).</source>
        <translation>No se pudo leer “%1” como zip: está dañado o incompleto (le falta el índice de contenido, lo que ocurre cuando una descarga o una copia se interrumpe).</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="162"/>
        <source>“%1” is damaged: its table of contents could not be read.</source>
        <translation>“%1” está dañado: no se pudo leer su índice de contenido.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="169"/>
        <source>“%1” holds an entry named “%2” that points outside the export. Rosterbench does not open zips like this; make the zip again from the exported files.</source>
        <translation>“%1” contiene una entrada llamada “%2” que apunta fuera de la exportación. Rosterbench no abre zips así; vuelva a crear el zip con los archivos exportados.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="178"/>
        <source>“%1” is password-protected (“%2” is encrypted). Export the files again without a password.</source>
        <translation>“%1” está protegido con contraseña (“%2” está cifrado). Vuelva a exportar los archivos sin contraseña.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="186"/>
        <source>“%1” in “%2” would inflate to %3; Rosterbench does not read files that large.</source>
        <translation>“%1” en “%2” ocuparía %3 descomprimido; Rosterbench no lee archivos tan grandes.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="192"/>
        <source>“%1” in “%2” would inflate from %3 to %4: this zip is built to exhaust memory (a zip bomb), not a roster export.</source>
        <translation>“%1” en “%2” pasaría de %3 a %4 al descomprimirse: este zip está hecho para agotar la memoria (una bomba zip); no es una exportación de OneRoster.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="206"/>
        <source>“%1” would inflate to %2 in all; Rosterbench does not read exports that large.</source>
        <translation>“%1” ocuparía %2 en total descomprimido; Rosterbench no lee exportaciones tan grandes.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="248"/>
        <source>“%1” could not be opened: %2</source>
        <translation>No se pudo abrir “%1”: %2</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="270"/>
        <source>No export was named.</source>
        <translation>No se indicó ninguna exportación.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="276"/>
        <source>“%1” does not exist.</source>
        <translation>“%1” no existe.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="280"/>
        <source>“%1” cannot be read: permission denied.</source>
        <translation>No se puede leer “%1”: permiso denegado.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="310"/>
        <source>The folder “%1” holds no CSV files. Choose the folder the OneRoster files were exported to, or the zip itself.</source>
        <translation>La carpeta “%1” no contiene archivos CSV. Elija la carpeta donde se exportaron los archivos de OneRoster, o el propio zip.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="321"/>
        <source>“%1” is a folder: open one folder by itself, or choose only files.</source>
        <translation>“%1” es una carpeta: abra una carpeta sola o elija solo archivos.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="325"/>
        <source>“%1” is empty (0 bytes): the export or the copy did not finish.</source>
        <translation>“%1” está vacío (0 bytes): la exportación o la copia no terminó.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="336"/>
        <source>“%1” is not a zip file, or it is damaged: it does not start the way every zip does.</source>
        <translation>“%1” no es un archivo zip o está dañado: no empieza como empiezan todos los zip.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="351"/>
        <source>“%1” is an Excel workbook, not a zip of CSV files. Save each sheet as “CSV UTF-8” and zip the six files.</source>
        <translation>“%1” es un libro de Excel, no un zip de archivos CSV. Guarde cada hoja como “CSV UTF-8” y comprima los seis archivos en un zip.</translation>
    </message>
    <message>
        <location filename="../app/oneroster/exportsource.cpp" line="354"/>
        <source>The zip “%1” holds no CSV files.</source>
        <translation>El zip “%1” no contiene archivos CSV.</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <location filename="../app/oneroster/manifest.cpp" line="103"/>
        <source>%1 is in the export</source>
        <translation>%1 está en la exportación</translation>
    </message>
    <message>
        <location filename="../app/oneroster/manifest.cpp" line="106"/>
        <source>%1 is not in the export</source>
        <translation>%1 no está en la exportación</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="122"/>
        <source>Export: %1</source>
        <translation>Exportación: %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="124"/>
        <source>Could not read: %1</source>
        <translation>No se pudo leer: %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="126"/>
        <source>Reading was canceled.</source>
        <translation>Se canceló la lectura.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="129"/>
        <location filename="../app/report/reportwriter.cpp" line="142"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="132"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="132"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="132"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="132"/>
        <source>Holds</source>
        <translation>Retenciones</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="132"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="150"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="154"/>
        <source>Errors: %1   Alerts: %2   Holds: %3   Info: %4</source>
        <translation>Errores: %1   Alertas: %2   Retenciones: %3   Información: %4</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="172"/>
        <source>(id %1)</source>
        <translation>(id %1)</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="17"/>
        <source>Required file missing</source>
        <translation>Falta un archivo obligatorio</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="18"/>
        <source>The required file %1 is not in the export.</source>
        <translation>El archivo obligatorio %1 no está en la exportación.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="19"/>
        <source>The hub refuses the whole upload: all six files are required every time, not just the ones that changed.</source>
        <translation>El hub rechaza toda la carga: los seis archivos son obligatorios siempre, no solo los que cambiaron.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="21"/>
        <source>Export again with all six OneRoster files: manifest.csv, orgs.csv, users.csv, demographics.csv, classes.csv and enrollments.csv. A file may hold only its header row, but it must be there.</source>
        <translation>Vuelva a exportar con los seis archivos de OneRoster: manifest.csv, orgs.csv, users.csv, demographics.csv, classes.csv y enrollments.csv. Un archivo puede tener solo su fila de encabezado, pero debe estar presente.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="26"/>
        <source>File misnamed</source>
        <translation>Nombre de archivo incorrecto</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="27"/>
        <source>“%1” must be named exactly “%2”: file names are case-sensitive.</source>
        <translation>“%1” debe llamarse exactamente “%2”: los nombres de archivo distinguen entre mayúsculas y minúsculas.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="28"/>
        <source>The hub does not recognize the file, so the upload is refused as if the file were missing.</source>
        <translation>El hub no reconoce el archivo, así que rechaza la carga como si el archivo faltara.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="30"/>
        <source>Rename the file to the exact name shown, all in lower case.</source>
        <translation>Cambie el nombre del archivo al nombre exacto que se indica, todo en minúsculas.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="33"/>
        <source>Not a CSV file</source>
        <translation>No es un archivo CSV</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="34"/>
        <source>This file is not CSV text: %1.</source>
        <translation>Este archivo no es texto CSV: %1.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="35"/>
        <source>The hub cannot read the file, and the upload is refused.</source>
        <translation>El hub no puede leer el archivo y se rechaza la carga.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="36"/>
        <source>Open the file in Excel and use File › Save As › “CSV UTF-8 (Comma delimited)”; do not rename a workbook or a “Unicode Text” file to .csv.</source>
        <translation>Abra el archivo en Excel y use Archivo › Guardar como › “CSV UTF-8 (delimitado por comas)”; no renombre a .csv un libro de Excel ni un archivo de “Texto Unicode”.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="40"/>
        <source>Empty file</source>
        <translation>Archivo vacío</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="41"/>
        <source>The file is empty: it does not even have its header row.</source>
        <translation>El archivo está vacío: ni siquiera tiene su fila de encabezado.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="42"/>
        <source>The upload is refused: every file needs its complete header row.</source>
        <translation>Se rechaza la carga: cada archivo necesita su fila de encabezado completa.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="43"/>
        <source>Export the file again; if it has no data, keep the header row alone.</source>
        <translation>Vuelva a exportar el archivo; si no tiene datos, deje solo la fila de encabezado.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="46"/>
        <source>File holds only a header</source>
        <translation>El archivo solo tiene encabezado</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="47"/>
        <source>%1 holds only its header row.</source>
        <translation>%1 solo tiene su fila de encabezado.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="48"/>
        <source>Nothing is lost: with no classes or enrollments, users are added to their schools without classes.</source>
        <translation>No se pierde nada: sin clases ni inscripciones, los usuarios se agregan a sus escuelas sin clases.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="50"/>
        <source>Nothing to do if you are not ready to roster classes yet. Otherwise export the classes and enrollments too.</source>
        <translation>No necesita hacer nada si todavía no va a cargar las clases. De lo contrario, exporte también las clases y las inscripciones.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="54"/>
        <source>File not used</source>
        <translation>Archivo no utilizado</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="55"/>
        <source>%1 is not one of the files the hub reads; it is ignored.</source>
        <translation>%1 no es uno de los archivos que lee el hub; se ignora.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="56"/>
        <source>The file is ignored.</source>
        <translation>Se ignora el archivo.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="57"/>
        <source>Nothing to do, unless it is one of the six required files under another name.</source>
        <translation>No necesita hacer nada, a menos que sea uno de los seis archivos obligatorios con otro nombre.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="60"/>
        <source>Column header missing</source>
        <translation>Falta un encabezado de columna</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="61"/>
        <source>The header row has no “%1” column.</source>
        <translation>La fila de encabezado no tiene la columna “%1”.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="62"/>
        <source>The upload is refused: every OneRoster column header must be present, even when the cells below it are blank.</source>
        <translation>Se rechaza la carga: todos los encabezados de columna de OneRoster deben estar presentes, aunque las celdas de debajo estén en blanco.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="64"/>
        <source>Add the column with its exact header; leave its cells blank if you have no data for it.</source>
        <translation>Agregue la columna con su encabezado exacto; deje sus celdas en blanco si no tiene datos para ella.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="68"/>
        <source>Column header misspelled</source>
        <translation>Encabezado de columna mal escrito</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="69"/>
        <source>Column header “%1” is misspelled: it must be “%2”.</source>
        <translation>El encabezado de columna “%1” está mal escrito: debe ser “%2”.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="70"/>
        <location filename="../app/validation/rulecatalogue.cpp" line="77"/>
        <source>The hub does not recognize the column, so the upload is refused as if the column were missing.</source>
        <translation>El hub no reconoce la columna, así que rechaza la carga como si la columna faltara.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="91"/>
        <source>Nothing to do. Extra data belongs in a column whose name starts with metadata., such as metadata.homeroom.</source>
        <translation>No necesita hacer nada. Los datos adicionales van en una columna cuyo nombre comience con metadata., como metadata.homeroom.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="99"/>
        <source>Usually a comma inside a value that is not wrapped in quotation marks (write Smith, Jr. as &quot;Smith, Jr.&quot; with the quotes), or a cell added or deleted by hand. Correct the row so it has one cell for every header.</source>
        <translation>Suele deberse a una coma dentro de un valor que no está entre comillas (escriba Smith, Jr. como &quot;Smith, Jr.&quot;, con las comillas) o a una celda agregada o eliminada a mano. Corrija la fila para que tenga una celda por cada encabezado.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="107"/>
        <source>Remove quotation marks from inside values: Robert &quot;Rob&quot; should be Robert Rob. Quotation marks may only wrap a whole value, such as &quot;Rob, Jr.&quot;.</source>
        <translation>Quite las comillas que estén dentro de los valores: Robert &quot;Rob&quot; debe quedar como Robert Rob. Las comillas solo pueden encerrar un valor completo, como &quot;Rob, Jr.&quot;.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="129"/>
        <source>The hub cannot read the text, so the upload is refused; even where it could, names with accents would show garbled.</source>
        <translation>El hub no puede leer el texto, así que se rechaza la carga; aunque pudiera leerlo, los nombres con acentos aparecerían con caracteres extraños.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="143"/>
        <source>The manifest is not recognized, and the upload is refused.</source>
        <translation>No se reconoce el manifiesto y se rechaza la carga.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="164"/>
        <source>Manifest file entry with a wrong value</source>
        <translation>Entrada de archivo del manifiesto con un valor incorrecto</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="173"/>
        <source>The hub trusts the manifest: a file it says is absent is not read, and if a file it expects is missing, the upload is refused.</source>
        <translation>El hub confía en el manifiesto: no lee un archivo que el manifiesto marca como absent y, si falta un archivo que el manifiesto espera, se rechaza la carga.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="180"/>
        <source>Manifest entry not recognized</source>
        <translation>Entrada del manifiesto no reconocida</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/validation/rulecatalogue.cpp" line="258"/>
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n mensaje informativo</numerusform>
            <numerusform>%n mensajes informativos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="72"/>
        <source>Correct the header to the exact spelling shown; headers are case-sensitive.</source>
        <translation>Corrija el encabezado para que quede escrito exactamente como se indica; los encabezados distinguen entre mayúsculas y minúsculas.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="75"/>
        <source>Column header with spaces</source>
        <translation>Encabezado de columna con espacios</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="76"/>
        <source>Column header “%1” contains spaces: it must be “%2”.</source>
        <translation>El encabezado de columna “%1” contiene espacios: debe ser “%2”.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="79"/>
        <source>Remove the spaces from the header, including any before or after it.</source>
        <translation>Quite los espacios del encabezado, incluidos los que haya antes o después.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="82"/>
        <source>Column header repeated</source>
        <translation>Encabezado de columna repetido</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="83"/>
        <source>Column header “%1” appears more than once (also column %2).</source>
        <translation>El encabezado de columna “%1” aparece más de una vez (también en la columna %2).</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="84"/>
        <source>The hub cannot tell which column to read, and the upload is refused.</source>
        <translation>El hub no puede saber qué columna leer y se rechaza la carga.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="85"/>
        <source>Delete the extra column, keeping the one that holds the data.</source>
        <translation>Elimine la columna sobrante y conserve la que tiene los datos.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="88"/>
        <source>Extra column</source>
        <translation>Columna adicional</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="89"/>
        <source>Column “%1” is not a OneRoster 1.1 field; the hub ignores it.</source>
        <translation>La columna “%1” no es un campo de OneRoster 1.1; el hub la ignora.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="90"/>
        <source>The column is ignored.</source>
        <translation>Se ignora la columna.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="95"/>
        <source>Row with the wrong number of cells</source>
        <translation>Fila con un número incorrecto de celdas</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="96"/>
        <source>This row has %1 cells; the header has %2.</source>
        <translation>Esta fila tiene %1 celdas; el encabezado tiene %2.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="97"/>
        <source>The hub cannot tell which value belongs to which column, and the upload is refused.</source>
        <translation>El hub no puede saber qué valor corresponde a cada columna y se rechaza la carga.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="104"/>
        <source>Quote inside a cell</source>
        <translation>Comillas dentro de una celda</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="105"/>
        <source>A quotation mark inside the cell: %1</source>
        <translation>Comillas dentro de la celda: %1</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="106"/>
        <source>The hub misreads the row, and the upload is refused.</source>
        <translation>El hub lee mal la fila y se rechaza la carga.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="111"/>
        <source>Quote never closed</source>
        <translation>Comillas sin cerrar</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="112"/>
        <source>A quoted cell opens here and is never closed.</source>
        <translation>Aquí empieza una celda entre comillas que nunca se cierra.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="113"/>
        <source>Everything after the opening quote is read as one cell, so the hub refuses the upload.</source>
        <translation>Todo lo que sigue a las comillas de apertura se lee como una sola celda, así que el hub rechaza la carga.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="115"/>
        <source>Add the closing quotation mark, or remove the opening one.</source>
        <translation>Agregue las comillas de cierre o quite las de apertura.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="118"/>
        <source>Line break inside a cell</source>
        <translation>Salto de línea dentro de una celda</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="119"/>
        <source>A quoted cell holds a carriage return.</source>
        <translation>Una celda entre comillas contiene un retorno de carro.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="120"/>
        <source>OneRoster does not allow a carriage return inside a cell; the upload is refused.</source>
        <translation>OneRoster no permite retornos de carro dentro de una celda; se rechaza la carga.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="122"/>
        <source>Remove the line break from the value in the SIS (often an address or a name pasted from another document).</source>
        <translation>Quite el salto de línea del valor en el SIS (suele ser una dirección o un nombre pegado desde otro documento).</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="126"/>
        <source>Text not in UTF-8</source>
        <translation>Texto que no está en UTF-8</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="127"/>
        <source>The cell is not valid UTF-8 text (byte 0x%1): the file was probably saved as Windows-1252 or Latin-1.</source>
        <translation>La celda no es texto UTF-8 válido (byte 0x%1): probablemente el archivo se guardó como Windows-1252 o Latin-1.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="131"/>
        <source>Save the file as “CSV UTF-8 (Comma delimited)”, not plain “CSV”; in the SIS, choose UTF-8 as the export encoding.</source>
        <translation>Guarde el archivo como “CSV UTF-8 (delimitado por comas)”, no como “CSV” simple; en el SIS, elija UTF-8 como codificación de exportación.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="135"/>
        <source>Empty line</source>
        <translation>Línea vacía</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="136"/>
        <source>An empty line; it is skipped.</source>
        <translation>Una línea vacía; se omite.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="137"/>
        <source>The line is skipped.</source>
        <translation>Se omite la línea.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="138"/>
        <source>Nothing to do; delete empty lines to keep the file tidy.</source>
        <translation>No necesita hacer nada; elimine las líneas vacías para mantener el archivo ordenado.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="141"/>
        <source>Wrong manifest version</source>
        <translation>Versión de manifiesto incorrecta</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="142"/>
        <source>manifest.version is “%1”; it must be 1.0.</source>
        <translation>manifest.version es “%1”; debe ser 1.0.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="144"/>
        <source>Set manifest.version to 1.0. Excel turns 1.0 into 1: format the value column as Text before typing it, or edit the file in a text editor.</source>
        <translation>Cambie el valor de manifest.version a 1.0. Excel convierte 1.0 en 1: aplique el formato Texto a la columna value antes de escribir el valor, o edite el archivo en un editor de texto.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="149"/>
        <source>Wrong OneRoster version</source>
        <translation>Versión de OneRoster incorrecta</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="150"/>
        <source>oneroster.version is “%1”; the hub reads OneRoster 1.1 only.</source>
        <translation>oneroster.version es “%1”; el hub solo lee OneRoster 1.1.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="151"/>
        <source>The export is not read as OneRoster 1.1, and the upload is refused.</source>
        <translation>La exportación no se lee como OneRoster 1.1 y se rechaza la carga.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="152"/>
        <source>Export in OneRoster 1.1 CSV format and set oneroster.version to 1.1.</source>
        <translation>Exporte en formato CSV de OneRoster 1.1 y asegúrese de que oneroster.version sea 1.1.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="156"/>
        <source>Manifest entry missing</source>
        <translation>Falta una entrada del manifiesto</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="157"/>
        <source>The manifest has no %1 row.</source>
        <translation>El manifiesto no tiene la fila %1.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="158"/>
        <source>The manifest is incomplete, and the upload is refused.</source>
        <translation>El manifiesto está incompleto y se rechaza la carga.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="159"/>
        <source>Add the row; the SIS normally writes the manifest itself, so export again rather than editing it by hand.</source>
        <translation>Agregue la fila; normalmente el SIS genera el manifiesto por sí mismo, así que es mejor volver a exportar que editarlo a mano.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="165"/>
        <source>%1 is “%2”; it must be absent, bulk or delta.</source>
        <translation>%1 es “%2”; debe ser absent, bulk o delta.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="166"/>
        <source>The manifest is not understood, and the upload is refused.</source>
        <translation>No se puede interpretar el manifiesto y se rechaza la carga.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="167"/>
        <source>Use absent, bulk or delta, in lower case.</source>
        <translation>Use absent, bulk o delta, en minúsculas.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="171"/>
        <source>Manifest disagrees with the files</source>
        <translation>El manifiesto no coincide con los archivos</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="172"/>
        <source>The manifest says %1, but %2.</source>
        <translation>El manifiesto indica %1, pero %2.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="175"/>
        <source>Make each file.* entry say bulk for every file in the export and absent for every file that is not.</source>
        <translation>Haga que cada entrada file.* indique bulk si el archivo está en la exportación y absent si no está.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="181"/>
        <source>The manifest entry “%1” is not a OneRoster 1.1 property; it is ignored.</source>
        <translation>La entrada del manifiesto “%1” no es una propiedad de OneRoster 1.1; se ignora.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="182"/>
        <source>The entry is ignored.</source>
        <translation>Se ignora la entrada.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="183"/>
        <source>Nothing to do, unless it is a misspelling of a file.* entry.</source>
        <translation>No necesita hacer nada, a menos que sea una entrada file.* mal escrita.</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="243"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="244"/>
        <source>alert</source>
        <translation>alerta</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="245"/>
        <source>hold</source>
        <translation>retención</translation>
    </message>
    <message>
        <location filename="../app/validation/rulecatalogue.cpp" line="246"/>
        <source>info</source>
        <translation>información</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/validation/rulecatalogue.cpp" line="255"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/validation/rulecatalogue.cpp" line="256"/>
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alerta</numerusform>
            <numerusform>%n alertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/validation/rulecatalogue.cpp" line="257"/>
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n retención</numerusform>
            <numerusform>%n retenciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="24"/>
        <source>Checks OneRoster exports before they reach the school messaging hub.</source>
        <translation>Revisa las exportaciones de OneRoster antes de que lleguen al hub de mensajería escolar.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="29"/>
        <source>A zip, a folder or CSV files to open.</source>
        <translation>Un zip, una carpeta o archivos CSV para abrir.</translation>
    </message>
</context>
<context>
    <name>rb::FindingsModel</name>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="55"/>
        <source>What will happen:</source>
        <translation>Qué pasará:</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="56"/>
        <source>How to fix it:</source>
        <translation>Cómo corregirlo:</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="78"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="79"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="80"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="81"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="82"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="83"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/findingsmodel.cpp" line="84"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>rb::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="34"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="38"/>
        <source>Rosterbench</source>
        <translation>Rosterbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="43"/>
        <source>Open a OneRoster export (a zip, a folder or CSV files) to check it.</source>
        <translation>Abra una exportación de OneRoster (un zip, una carpeta o archivos CSV) para revisarla.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="59"/>
        <source>Choose a finding to see what the hub will do and how to fix it.</source>
        <translation>Elija un hallazgo para ver qué hará el hub y cómo corregirlo.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="66"/>
        <source>&amp;Open Export…</source>
        <translation>&amp;Abrir exportación…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="68"/>
        <source>Open a zip of OneRoster CSV files, or the CSV files themselves</source>
        <translation>Abrir un zip con archivos CSV de OneRoster, o los propios archivos CSV</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>Open &amp;Folder…</source>
        <translation>Abrir &amp;carpeta…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>Open a folder holding OneRoster CSV files</source>
        <translation>Abrir una carpeta que contiene archivos CSV de OneRoster</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="78"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Open Export</source>
        <translation>Abrir exportación</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>OneRoster exports (*.zip *.csv);;Zip files (*.zip);;CSV files (*.csv);;All files (*)</source>
        <translation>Exportaciones de OneRoster (*.zip *.csv);;Archivos zip (*.zip);;Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>Open Export Folder</source>
        <translation>Abrir carpeta de exportación</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>What will happen:</source>
        <translation>Qué pasará:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>How to fix it:</source>
        <translation>Cómo corregirlo:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>Opening was canceled.</source>
        <translation>Se canceló la apertura.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 in %3: %4, %5, %6, %7.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 en %3: %4, %5, %6, %7.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>The export could not be read</source>
        <translation>No se pudo leer la exportación</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>%1 – Rosterbench</source>
        <translation>%1 – Rosterbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
</context>
</TS>
