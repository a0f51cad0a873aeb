#include "exportfixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#include <zlib.h>

namespace rb::test {

ExportFiles validExport()
{
    ExportFiles files;
    files.insert(QStringLiteral("manifest.csv"),
                 "propertyName,value\n"
                 "manifest.version,1.0\n"
                 "oneroster.version,1.1\n"
                 "file.academicSessions,absent\n"
                 "file.categories,absent\n"
                 "file.classes,bulk\n"
                 "file.classResources,absent\n"
                 "file.courses,absent\n"
                 "file.courseResources,absent\n"
                 "file.demographics,bulk\n"
                 "file.enrollments,bulk\n"
                 "file.lineItems,absent\n"
                 "file.orgs,bulk\n"
                 "file.resources,absent\n"
                 "file.results,absent\n"
                 "file.users,bulk\n"
                 "source.systemName,Test SIS\n");
    files.insert(QStringLiteral("orgs.csv"),
                 "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n"
                 "D1,,,Lakeview Unified,district,,\n"
                 "S1,,,Lakeview High School,school,LHS,D1\n"
                 "S2,,,\"Jefferson Middle School, East\",school,JMS,D1\n");
    files.insert(QStringLiteral("users.csv"),
                 "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,"
                 "givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,"
                 "password\n"
                 "T1,,,true,S1,teacher,mlopez,,María,López,,,mlopez@lakeview.example,,,,,\n"
                 "U1,,,true,\"S1,S2\",student,jdoe,,Jane,Doe,,10042,,,,P1,09,\n"
                 "U2,,,true,S1,student,bnguyen,,Bảo,Nguyễn,,10043,,,,P1,10,\n"
                 "P1,,,true,S1,parent,adoe,,Ann,Doe,,,,(415) 555-0134,,,,\n");
    files.insert(QStringLiteral("demographics.csv"),
                 "sourcedId,status,dateLastModified,birthDate,sex,americanIndianOrAlaskaNative,asian,"
                 "blackOrAfricanAmerican,nativeHawaiianOrOtherPacificIslander,white,"
                 "demographicRaceTwoOrMoreRaces,hispanicOrLatinoEthnicity,countryOfBirthCode,"
                 "stateOfBirthAbbreviation,cityOfBirth,publicSchoolResidenceStatus\n"
                 "U1,,,2010-03-14,female,,,,,,,,,,,\n"
                 "U2,,,2009-11-02,male,,,,,,,,,,,\n");
    files.insert(QStringLiteral("classes.csv"),
                 "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,"
                 "location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods\n"
                 "C1,,,Algebra I - Period 2,\"09,10\",CRS1,ALG1,scheduled,,S1,T2026,,,2\n");
    files.insert(QStringLiteral("enrollments.csv"),
                 "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,"
                 "role,primary,beginDate,endDate\n"
                 "E1,,,C1,S1,T1,teacher,true,,\n"
                 "E2,,,C1,S1,U1,student,false,,\n"
                 "E3,,,C1,S1,U2,student,false,,\n");
    return files;
}

ReadResult readWithoutRules(const ExportFiles &files)
{
    QTemporaryDir dir;
    if (!writeFolder(dir.path(), files))
        return {};
    ReadOptions options;
    options.validate = false;
    return ExportReader(options).read({dir.path()});
}

QByteArray replaceLine(const QByteArray &text, int line, const QByteArray &with)
{
    QList<QByteArray> lines = text.split('\n');
    lines[line - 1] = with;
    return lines.join('\n');
}

bool writeFolder(const QString &folder, const ExportFiles &files)
{
    if (!QDir().mkpath(folder))
        return false;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        QFile file(QDir(folder).filePath(it.key()));
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size())
            return false;
    }
    return true;
}

bool writeZip(const QString &zipPath, const ExportFiles &files, const QString &prefix,
              const char *password)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        QuaZipFile file(&zip);
        const QuaZipNewInfo info(prefix + it.key());
        bool opened;
        if (password) {
            // Traditional PKWARE encryption needs the entry's CRC up front.
            QuaZipNewInfo withCrc(info);
            opened = file.open(QIODevice::WriteOnly, withCrc, password,
                               quint32(crc32(0, reinterpret_cast<const Bytef *>(it.value().constData()),
                                             uInt(it.value().size()))));
        } else {
            opened = file.open(QIODevice::WriteOnly, info);
        }
        if (!opened || file.write(it.value()) != it.value().size())
            return false;
        file.close();
        if (file.getZipError() != 0)
            return false;
    }
    zip.close();
    return zip.getZipError() == 0;
}

} // namespace rb::test
