<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ReportWriter</name>
    <message numerus="yes">
        <location filename="../app/report/reportwriter.cpp" line="361"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message numerus="yes">
        <location filename="../app/validation/rulecatalogue.cpp" line="649"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/validation/rulecatalogue.cpp" line="650"/>
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/validation/rulecatalogue.cpp" line="651"/>
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n hold</numerusform>
            <numerusform>%n holds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/validation/rulecatalogue.cpp" line="652"/>
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n notice</numerusform>
            <numerusform>%n notices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolSummary</name>
    <message numerus="yes">
        <location filename="../app/report/schoolsummary.cpp" line="300"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/schoolsummary.cpp" line="301"/>
        <source>%Ln alert(s)</source>
        <translation>
            <numerusform>%Ln alert</numerusform>
            <numerusform>%Ln alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/schoolsummary.cpp" line="302"/>
        <source>%Ln hold(s)</source>
        <translation>
            <numerusform>%Ln hold</numerusform>
            <numerusform>%Ln holds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/schoolsummary.cpp" line="303"/>
        <source>%Ln notice(s)</source>
        <translation>
            <numerusform>%Ln notice</numerusform>
            <numerusform>%Ln notices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/sessioncommand.cpp" line="120"/>
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n import</numerusform>
            <numerusform>%n imports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/sessioncommand.cpp" line="149"/>
        <source>%n finding(s) of the latest import acknowledged</source>
        <translation>
            <numerusform>%n finding of the latest import acknowledged</numerusform>
            <numerusform>%n findings of the latest import acknowledged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/sessioncommand.cpp" line="198"/>
        <source>The latest import is %n day(s) old. The hub needs an upload at least every 90 days; after that it no longer removes the users and classes the SIS has dropped.</source>
        <translation>
            <numerusform>The latest import is %n day old. The hub needs an upload at least every 90 days; after that it no longer removes the users and classes the SIS has dropped.</numerusform>
            <numerusform>The latest import is %n days old. The hub needs an upload at least every 90 days; after that it no longer removes the users and classes the SIS has dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionImport</name>
    <message numerus="yes">
        <location filename="../app/session/sessionimport.cpp" line="69"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::FindingsPanel</name>
    <message numerus="yes">
        <location filename="../ui/findingspanel.cpp" line="399"/>
        <source>%Ln finding(s) in this export</source>
        <translation>
            <numerusform>%Ln finding in this export</numerusform>
            <numerusform>%Ln findings in this export</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/findingspanel.cpp" line="460"/>
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln finding</numerusform>
            <numerusform>%Ln findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/findingspanel.cpp" line="462"/>
        <source>No finding matches these filters (%Ln in all)</source>
        <translation>
            <numerusform>No finding matches these filters (%Ln in all)</numerusform>
            <numerusform>No finding matches these filters (%Ln in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/findingspanel.cpp" line="464"/>
        <source>%1 of %Ln finding(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln finding shown</numerusform>
            <numerusform>%1 of %Ln findings shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::MainWindow</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="vanished">
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="70"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::OverviewPage</name>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="113"/>
        <source>%Ln ready</source>
        <translation>
            <numerusform>%Ln ready</numerusform>
            <numerusform>%Ln ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="115"/>
        <source>%Ln needing attention</source>
        <translation>
            <numerusform>%Ln needing attention</numerusform>
            <numerusform>%Ln needing attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="117"/>
        <source>%Ln blocked</source>
        <translation>
            <numerusform>%Ln blocked</numerusform>
            <numerusform>%Ln blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="118"/>
        <source>%Ln school(s)</source>
        <translation>
            <numerusform>%Ln school</numerusform>
            <numerusform>%Ln schools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="126"/>
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="128"/>
        <source>%Ln class(es)</source>
        <translation>
            <numerusform>%Ln class</numerusform>
            <numerusform>%Ln classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="130"/>
        <source>%Ln enrollment(s)</source>
        <translation>
            <numerusform>%Ln enrollment</numerusform>
            <numerusform>%Ln enrollments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::RosterTableModel</name>
    <message numerus="yes">
        <location filename="../ui/rostertablemodel.cpp" line="111"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::TablePage</name>
    <message numerus="yes">
        <location filename="../ui/tablepage.cpp" line="404"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
</TS>
