<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CleverClient</name>
    <message numerus="yes">
        <location filename="../app/sis/cleverclient.cpp" line="344"/>
        <source>%n user(s) are both teacher and staff in Clever; each is kept once, as a teacher.</source>
        <translation>
            <numerusform>%n user is both teacher and staff in Clever; it is kept once, as a teacher.</numerusform>
            <numerusform>%n users are both teacher and staff in Clever; each is kept once, as a teacher.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message numerus="yes">
        <location filename="../app/report/reportwriter.cpp" line="264"/>
        <source>%n of them acknowledged.</source>
        <translation>
            <numerusform>%n of them acknowledged.</numerusform>
            <numerusform>%n of them acknowledged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportwriter.cpp" line="493"/>
        <location filename="../app/report/reportwriter.cpp" line="555"/>
        <source>%n acknowledged</source>
        <translation>
            <numerusform>%n acknowledged</numerusform>
            <numerusform>%n acknowledged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportwriter.cpp" line="553"/>
        <location filename="../app/report/reportwriter.cpp" line="554"/>
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
        <location filename="../app/validation/rulecatalogue.cpp" line="769"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/validation/rulecatalogue.cpp" line="770"/>
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/validation/rulecatalogue.cpp" line="771"/>
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n hold</numerusform>
            <numerusform>%n holds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/validation/rulecatalogue.cpp" line="772"/>
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
        <location filename="../app/cli/sessioncommand.cpp" line="217"/>
        <source>  Locked %1 by %2 (%n school(s) confirmed)</source>
        <translation>
            <numerusform>  Locked %1 by %2 (%n school confirmed)</numerusform>
            <numerusform>  Locked %1 by %2 (%n schools confirmed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/sessioncommand.cpp" line="220"/>
        <source>  Confirmed %1 by %2: %n more school(s)</source>
        <translation>
            <numerusform>  Confirmed %1 by %2: %n more school</numerusform>
            <numerusform>  Confirmed %1 by %2: %n more schools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/sessioncommand.cpp" line="397"/>
        <source>School matching of import %1, %2, to %n hub school(s):</source>
        <translation>
            <numerusform>School matching of import %1, %2, to %n hub school:</numerusform>
            <numerusform>School matching of import %1, %2, to %n hub schools:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/sessioncommand.cpp" line="435"/>
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n import</numerusform>
            <numerusform>%n imports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/sessioncommand.cpp" line="463"/>
        <source>%n finding(s) of the latest import acknowledged</source>
        <translation>
            <numerusform>%n finding of the latest import acknowledged</numerusform>
            <numerusform>%n findings of the latest import acknowledged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/sessioncommand.cpp" line="529"/>
        <source>The latest import is %n day(s) old. The hub needs an upload at least every 90 days; after that it no longer removes the users and classes the SIS has dropped.</source>
        <translation>
            <numerusform>The latest import is %n day old. The hub needs an upload at least every 90 days; after that it no longer removes the users and classes the SIS has dropped.</numerusform>
            <numerusform>The latest import is %n days old. The hub needs an upload at least every 90 days; after that it no longer removes the users and classes the SIS has dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionFindings</name>
    <message numerus="yes">
        <location filename="../app/session/sessionfindings.cpp" line="245"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/session/sessionfindings.cpp" line="247"/>
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n class</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/session/sessionfindings.cpp" line="249"/>
        <source>%n enrollment(s)</source>
        <translation>
            <numerusform>%n enrollment</numerusform>
            <numerusform>%n enrollments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionImport</name>
    <message numerus="yes">
        <location filename="../app/session/sessionimport.cpp" line="70"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message numerus="yes">
        <location filename="../app/session/sessionstore.cpp" line="1320"/>
        <source>Nothing was confirmed: %n school(s) have neither a hub school nor are deselected: %1. Match or deselect each first.</source>
        <translation>
            <numerusform>Nothing was confirmed: %n school has neither a hub school nor is deselected: %1. Match or deselect it first.</numerusform>
            <numerusform>Nothing was confirmed: %n schools have neither a hub school nor are deselected: %1. Match or deselect each first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SisHttpClient</name>
    <message numerus="yes">
        <location filename="../app/sis/sishttpclient.cpp" line="37"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sis/sishttpclient.cpp" line="38"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::FindingsPanel</name>
    <message numerus="yes">
        <location filename="../ui/findingspanel.cpp" line="617"/>
        <source>%Ln finding(s) in this export</source>
        <translation>
            <numerusform>%Ln finding in this export</numerusform>
            <numerusform>%Ln findings in this export</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/findingspanel.cpp" line="664"/>
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln finding</numerusform>
            <numerusform>%Ln findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/findingspanel.cpp" line="666"/>
        <source>No finding matches these filters (%Ln in all)</source>
        <translation>
            <numerusform>No finding matches these filters (%Ln in all)</numerusform>
            <numerusform>No finding matches these filters (%Ln in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/findingspanel.cpp" line="668"/>
        <source>%1 of %Ln finding(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln finding shown</numerusform>
            <numerusform>%1 of %Ln findings shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::KeychainSecretStore</name>
    <message numerus="yes">
        <location filename="../ui/secretstore.cpp" line="118"/>
        <source>The system keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="698"/>
        <source>This session is not saved: its %n import(s), and what you acknowledged, will be lost unless you save it.</source>
        <translation>
            <numerusform>This session is not saved: its import, and what you acknowledged, will be lost unless you save it.</numerusform>
            <numerusform>This session is not saved: its %n imports, and what you acknowledged, will be lost unless you save it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1455"/>
        <source>, %n left out</source>
        <translation>
            <numerusform>, %n left out</numerusform>
            <numerusform>, %n left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::MatchingHubPage</name>
    <message numerus="yes">
        <location filename="../ui/matchingwizard.cpp" line="357"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/matchingwizard.cpp" line="424"/>
        <source>%Ln hub school(s).</source>
        <translation>
            <numerusform>%Ln hub school.</numerusform>
            <numerusform>%Ln hub schools.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::MatchingMatchPage</name>
    <message numerus="yes">
        <location filename="../ui/matchingwizard.cpp" line="682"/>
        <source>%n school(s) matched automatically: check each below. Undo takes them back.</source>
        <translation>
            <numerusform>%n school matched automatically: check it below. Undo takes it back.</numerusform>
            <numerusform>%n schools matched automatically: check each below. Undo takes them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::MatchingReviewPage</name>
    <message numerus="yes">
        <location filename="../ui/matchingwizard.cpp" line="981"/>
        <source>Will sync: %Ln hub school(s)</source>
        <translation>
            <numerusform>Will sync: %Ln hub school</numerusform>
            <numerusform>Will sync: %Ln hub schools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/matchingwizard.cpp" line="1012"/>
        <source>%Ln SIS school(s)</source>
        <translation>
            <numerusform>%Ln SIS school</numerusform>
            <numerusform>%Ln SIS schools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/matchingwizard.cpp" line="1013"/>
        <source>%Ln hub school(s)</source>
        <translation>
            <numerusform>%Ln hub school</numerusform>
            <numerusform>%Ln hub schools</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::MatchingSisPage</name>
    <message numerus="yes">
        <location filename="../ui/matchingwizard.cpp" line="585"/>
        <source>%Ln school(s)</source>
        <translation>
            <numerusform>%Ln school</numerusform>
            <numerusform>%Ln schools</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::MatchingWizard</name>
    <message numerus="yes">
        <location filename="../ui/matchingwizard.cpp" line="1421"/>
        <source>match %n school(s) automatically</source>
        <translation>
            <numerusform>match %n school automatically</numerusform>
            <numerusform>match %n schools automatically</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::OverviewPage</name>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="132"/>
        <source>%Ln ready</source>
        <translation>
            <numerusform>%Ln ready</numerusform>
            <numerusform>%Ln ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="134"/>
        <source>%Ln needing attention</source>
        <translation>
            <numerusform>%Ln needing attention</numerusform>
            <numerusform>%Ln needing attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="136"/>
        <source>%Ln blocked</source>
        <translation>
            <numerusform>%Ln blocked</numerusform>
            <numerusform>%Ln blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="137"/>
        <source>%Ln school(s)</source>
        <translation>
            <numerusform>%Ln school</numerusform>
            <numerusform>%Ln schools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="145"/>
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="147"/>
        <source>%Ln class(es)</source>
        <translation>
            <numerusform>%Ln class</numerusform>
            <numerusform>%Ln classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overviewpage.cpp" line="149"/>
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
    <name>rb::RulesDialog</name>
    <message numerus="yes">
        <location filename="../ui/rulesdialog.cpp" line="198"/>
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rulesdialog.cpp" line="199"/>
        <source>%1 of %n rule(s)</source>
        <translation>
            <numerusform>%1 of %n rule</numerusform>
            <numerusform>%1 of %n rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::TablePage</name>
    <message numerus="yes">
        <location filename="../ui/tablepage.cpp" line="81"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablepage.cpp" line="603"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
</TS>
