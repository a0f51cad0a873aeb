#include "cleverclient.h"

#include "oneroster/exportwriter.h"
#include "sis/sishttpclient.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSet>

namespace rb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CleverClient)
};

// Clever allows up to 10,000 records a page.
constexpr int MaxPage = 10'000;

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.toString();
}

QStringList strings(const QJsonObject &o, const char *key)
{
    QStringList out;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray()) {
        if (const QString s = v.toString(); !s.isEmpty())
            out << s;
    }
    return out;
}

QJsonObject role(const QJsonObject &user, const char *name)
{
    return user.value(QLatin1String("roles")).toObject().value(QLatin1String(name)).toObject();
}

// A role's schools: its list, with its primary school first.
QStringList schoolsOf(const QJsonObject &role)
{
    QStringList schools;
    if (const QString primary = str(role, "school"); !primary.isEmpty())
        schools << primary;
    for (const QString &s : strings(role, "schools")) {
        if (!schools.contains(s))
            schools << s;
    }
    return schools;
}

// Clever's grades as the hub's: PK, KG, 01–12 or Other.
QString grade(const QString &clever)
{
    if (clever.isEmpty())
        return {};
    if (clever == QLatin1String("Kindergarten") || clever == QLatin1String("TransitionalKindergarten"))
        return QStringLiteral("KG");
    if (clever == QLatin1String("PreKindergarten") || clever == QLatin1String("Preschool")
        || clever == QLatin1String("InfantToddler"))
        return QStringLiteral("PK");
    bool number = false;
    const int n = clever.toInt(&number);
    if (number && n >= 1 && n <= 12)
        return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
    return QStringLiteral("Other");
}

// Clever's dob (M/D/YYYY) as OneRoster's YYYY-MM-DD; anything else as it is, for the rules to
// judge.
QString birthDate(const QString &dob)
{
    const QDate date = QDate::fromString(dob, QStringLiteral("M/d/yyyy"));
    return date.isValid() ? date.toString(Qt::ISODate) : dob;
}

QString sex(const QString &gender)
{
    if (gender == QLatin1String("M"))
        return QStringLiteral("male");
    if (gender == QLatin1String("F"))
        return QStringLiteral("female");
    if (gender == QLatin1String("X"))
        return QStringLiteral("other");
    return {};
}

QString yesNo(const QString &flag)
{
    if (flag == QLatin1String("Y"))
        return QStringLiteral("true");
    if (flag == QLatin1String("N"))
        return QStringLiteral("false");
    return {};
}

// The ext field, on the student role (v3) or on the user.
QJsonObject ext(const QJsonObject &user, const QJsonObject &student)
{
    const QJsonValue onRole = student.value(QLatin1String("ext"));
    return onRole.isObject() ? onRole.toObject() : user.value(QLatin1String("ext")).toObject();
}

struct Student
{
    QJsonObject user;
    QStringList schools;
    QString language;         // the student's own
    QString guardianLanguage; // for the student's contacts
    QStringList contacts;
};

struct Contact
{
    QJsonObject user;
    QStringList students;
    QStringList types;
    QStringList relationships;
};

void addUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list << value;
}

// The common fields of a user's row.
ExportWriter::Record userRecord(const QJsonObject &user, const QString &roleName, const QStringList &schools)
{
    using namespace UsersField;
    const QJsonObject name = user.value(QLatin1String("name")).toObject();
    ExportWriter::Record r(FileKind::Users);
    r.set(SourcedId, str(user, "id")).set(EnabledUser, QStringLiteral("true"))
        .set(OrgSourcedIds, schools.join(u',')).set(UsersField::Role, roleName).set(GivenName, str(name, "first"))
        .set(FamilyName, str(name, "last")).set(MiddleName, str(name, "middle")).set(Email, str(user, "email"));
    return r;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port() == b.port();
}

} // namespace

CleverClient::CleverClient(SisHttpClient &http, const SisConnection &connection, SisProgressListener listener)
    : m_http(http)
    , m_token(connection.secret.toUtf8())
    , m_base(apiBaseFor(connection.url))
    , m_version(http.options().cleverApiVersion.isEmpty() ? QStringLiteral("v3.0") : http.options().cleverApiVersion)
    , m_listener(std::move(listener))
{
}

QUrl CleverClient::apiBaseFor(const QString &pasted)
{
    const QString given = pasted.trimmed();
    QUrl base = Sis::urlFromInput(given.isEmpty() ? QStringLiteral("https://api.clever.com") : given);
    base = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    QString path = base.path();
    for (const QLatin1String version : {QLatin1String("/v3.0"), QLatin1String("/v3.1")}) {
        if (path.endsWith(version))
            path.chop(version.size());
    }
    base.setPath(path);
    return base;
}

SisError CleverClient::readAll(const QString &path, const QString &roleName, const QString &label, const Visit &visit,
                               qint64 maxRecords)
{
    const QString name = Sis::displayName(SourceKind::Clever);
    QUrl url = m_base;
    url.setPath(m_base.path() + u'/' + m_version + u'/' + path);
    const int limit = maxRecords > 0 ? int(maxRecords) : std::clamp(m_http.options().pageSize, 1, MaxPage);
    QString query = QStringLiteral("limit=%1").arg(limit);
    if (!roleName.isEmpty())
        query += QStringLiteral("&role=") + roleName;
    url.setQuery(query);
    qint64 received = 0;
    const auto bearer = [this](QNetworkRequest &r, const SisRequest &) { r.setRawHeader("Authorization", "Bearer " + m_token); };
    for (;;) {
        SisRequest request;
        request.url = url;
        request.what = label;
        SisError error;
        const std::optional<SisResponse> response = m_http.send(request, &error, bearer);
        if (!response)
            return error;
        if (response->status < 200 || response->status >= 300)
            return SisError::fromStatus(SourceKind::Clever, response->status, url, label);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(response->body, &parseError);
        const QJsonObject root = doc.object();
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()
            || !root.value(QLatin1String("data")).isArray()) {
            const QString why = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                             : Tr::tr("no “data” list");
            return SisError::make(SisError::Code::Malformed,
                                  Tr::tr("%1 answered the request for %2 at %3 with something that is not the Data "
                                         "API's JSON (%4). Check that the address is Clever's API "
                                         "(https://api.clever.com), and pull again.")
                                      .arg(name, label, SisError::where(url), why),
                                  response->status);
        }
        const QJsonArray data = root.value(QLatin1String("data")).toArray();
        // An empty page ends the list, whatever its links say.
        if (data.isEmpty())
            break;
        for (const QJsonValue &item : data) {
            // Each item wraps its record: {"data": {…}, "uri": …}.
            const QJsonObject wrapper = item.toObject();
            const QJsonObject record = wrapper.value(QLatin1String("data")).isObject()
                ? wrapper.value(QLatin1String("data")).toObject()
                : wrapper;
            if (str(record, "id").isEmpty()) {
                return SisError::make(SisError::Code::Malformed,
                                      Tr::tr("%1 sent a record of %2 without an id (%3). Tell Clever's support.")
                                          .arg(name, label, SisError::where(url)));
            }
            if (visit)
                visit(record);
            ++received;
        }
        if (m_listener)
            m_listener({label, received, -1, false});
        if (maxRecords > 0)
            return {};
        QString next;
        for (const QJsonValue &link : root.value(QLatin1String("links")).toArray()) {
            if (link.toObject().value(QLatin1String("rel")).toString() == QLatin1String("next"))
                next = link.toObject().value(QLatin1String("uri")).toString();
        }
        if (next.isEmpty())
            break;
        const QUrl nextUrl = url.resolved(QUrl(next));
        if (!sameOrigin(nextUrl, m_base)) {
            return SisError::make(SisError::Code::BadUrl,
                                  Tr::tr("%1 sent the next page of %2 to another server (%3). Rosterbench sends the "
                                         "token only to the address entered, so the pull stopped.")
                                      .arg(name, label, SisError::where(nextUrl)));
        }
        if (nextUrl == url) {
            return SisError::make(SisError::Code::Malformed,
                                  Tr::tr("%1 sent the same page of %2 again (%3): the pull would never end. Tell "
                                         "Clever's support.")
                                      .arg(name, label, SisError::where(url)));
        }
        url = nextUrl;
    }
    if (m_listener)
        m_listener({label, received, received, true});
    return {};
}

SisError CleverClient::testConnection()
{
    return readAll(QStringLiteral("districts"), {}, Tr::tr("districts"), {}, 1);
}

SisError CleverClient::pull(ExportWriter &writer)
{
    QString districtId;
    SisError error = readAll(QStringLiteral("districts"), {}, Tr::tr("districts"), [&](const QJsonObject &d) {
        using namespace OrgsField;
        if (districtId.isEmpty())
            districtId = str(d, "id");
        ExportWriter::Record r(FileKind::Orgs);
        r.set(SourcedId, str(d, "id")).set(Name, str(d, "name")).set(Type, QStringLiteral("district"));
        writer.add(r);
    });
    if (error.isError())
        return error;
    error = readAll(QStringLiteral("schools"), {}, Tr::tr("schools"), [&](const QJsonObject &s) {
        using namespace OrgsField;
        ExportWriter::Record r(FileKind::Orgs);
        const QString district = str(s, "district");
        r.set(SourcedId, str(s, "id")).set(Name, str(s, "name")).set(Type, QStringLiteral("school"))
            .set(Identifier, str(s, "school_number")).set(ParentSourcedId, district.isEmpty() ? districtId : district);
        writer.add(r);
    });
    if (error.isError())
        return error;

    // Students are written once their contacts are known (agentSourcedIds), contacts once their
    // students' schools and languages are.
    std::vector<Student> students;
    QHash<QString, size_t> studentIndex;
    error = readAll(QStringLiteral("users"), QStringLiteral("student"), Tr::tr("students"), [&](const QJsonObject &u) {
        const QJsonObject student = role(u, "student");
        const QJsonObject extension = ext(u, student);
        Student s;
        s.user = u;
        s.schools = schoolsOf(student);
        s.language = extension.value(QLatin1String("preferred_language")).toString();
        if (s.language.isEmpty())
            s.language = str(student, "home_language_code"); // API v3.1
        s.guardianLanguage = extension.value(QLatin1String("guardian_preferred_language")).toString();
        studentIndex.insert(str(u, "id"), students.size());
        students.push_back(std::move(s));
    });
    if (error.isError())
        return error;

    // A person can be teacher and staff in Clever, with one id: one row, as a teacher.
    QSet<QString> written;
    int multiRole = 0;
    error = readAll(QStringLiteral("users"), QStringLiteral("teacher"), Tr::tr("teachers"), [&](const QJsonObject &u) {
        const QString id = str(u, "id");
        if (written.contains(id))
            return;
        written.insert(id);
        const QJsonObject teacher = role(u, "teacher");
        ExportWriter::Record r = userRecord(u, QStringLiteral("teacher"), schoolsOf(teacher));
        r.set(UsersField::Identifier, str(teacher, "teacher_number"));
        writer.add(r);
    });
    if (error.isError())
        return error;
    error = readAll(QStringLiteral("users"), QStringLiteral("staff"), Tr::tr("staff"), [&](const QJsonObject &u) {
        const QString id = str(u, "id");
        if (written.contains(id)) {
            ++multiRole;
            return;
        }
        written.insert(id);
        // The hub makes Clever's staff administrators.
        writer.add(userRecord(u, QStringLiteral("administrator"), schoolsOf(role(u, "staff"))));
    });
    if (error.isError())
        return error;
    if (multiRole > 0)
        m_notices << Tr::tr("%n user(s) are both teacher and staff in Clever; each is kept once, as a teacher.",
                            nullptr, multiRole);

    std::vector<Contact> contacts;
    error = readAll(QStringLiteral("users"), QStringLiteral("contact"), Tr::tr("contacts"), [&](const QJsonObject &u) {
        Contact c;
        c.user = u;
        for (const QJsonValue &v : role(u, "contact").value(QLatin1String("student_relationships")).toArray()) {
            const QJsonObject relation = v.toObject();
            const QString student = str(relation, "student");
            addUnique(c.students, student);
            addUnique(c.types, str(relation, "type"));
            addUnique(c.relationships, str(relation, "relationship"));
            if (const auto it = studentIndex.constFind(student); it != studentIndex.constEnd())
                addUnique(students[*it].contacts, str(u, "id"));
        }
        contacts.push_back(std::move(c));
    });
    if (error.isError())
        return error;

    for (const Student &s : students) {
        using namespace UsersField;
        const QJsonObject student = role(s.user, "student");
        ExportWriter::Record r = userRecord(s.user, QStringLiteral("student"), s.schools);
        r.set(Identifier, str(student, "student_number")).set(AgentSourcedIds, s.contacts.join(u','))
            .set(Grades, grade(str(student, "grade")));
        r.setMetadata(QStringLiteral("preferredLanguage"), s.language);
        writer.add(r);

        using namespace DemographicsField;
        ExportWriter::Record d(FileKind::Demographics);
        const QString race = str(student, "race");
        auto is = [&race](const char *value) {
            return race.compare(QLatin1String(value), Qt::CaseInsensitive) == 0 ? QStringLiteral("true") : QString();
        };
        d.set(DemographicsField::SourcedId, str(s.user, "id")).set(BirthDate, birthDate(str(student, "dob")))
            .set(Sex, sex(str(student, "gender"))).set(AmericanIndianOrAlaskaNative, is("American Indian"))
            .set(Asian, is("Asian")).set(BlackOrAfricanAmerican, is("Black or African American"))
            .set(NativeHawaiianOrOtherPacificIslander, is("Hawaiian or Other Pacific Islander"))
            .set(White, is("Caucasian")).set(DemographicRaceTwoOrMoreRaces, is("Two or More Races"))
            .set(HispanicOrLatinoEthnicity, yesNo(str(student, "hispanic_ethnicity")));
        writer.add(d);
    }

    for (const Contact &c : contacts) {
        QStringList schools;
        QString language;
        for (const QString &id : c.students) {
            const auto it = studentIndex.constFind(id);
            if (it == studentIndex.constEnd())
                continue;
            for (const QString &school : students[*it].schools)
                addUnique(schools, school);
            if (language.isEmpty())
                language = students[*it].guardianLanguage;
        }
        const bool parent = c.relationships.contains(QStringLiteral("Parent"), Qt::CaseInsensitive);
        ExportWriter::Record r = userRecord(c.user, parent ? QStringLiteral("parent") : QStringLiteral("guardian"), schools);
        // Clever keeps a contact's whole name in name.last.
        const QJsonObject name = c.user.value(QLatin1String("name")).toObject();
        if (str(name, "first").isEmpty()) {
            const QString whole = str(name, "last").simplified();
            const qsizetype space = whole.lastIndexOf(u' ');
            if (space > 0)
                r.set(UsersField::GivenName, whole.left(space)).set(UsersField::FamilyName, whole.mid(space + 1));
        }
        const QJsonObject contact = role(c.user, "contact");
        const QString phone = str(contact, "phone");
        r.set(UsersField::Phone, phone);
        if (str(contact, "phone_type").compare(QLatin1String("Cell"), Qt::CaseInsensitive) == 0)
            r.set(UsersField::Sms, phone);
        r.setMetadata(QStringLiteral("preferredLanguage"), language);
        r.setMetadata(QStringLiteral("contactType"), c.types.join(u','));
        r.setMetadata(QStringLiteral("relationship"), c.relationships.join(u','));
        writer.add(r);
    }

    return readAll(QStringLiteral("sections"), {}, Tr::tr("sections"), [&](const QJsonObject &section) {
        const QString id = str(section, "id");
        const QString school = str(section, "school");
        {
            using namespace ClassesField;
            ExportWriter::Record r(FileKind::Classes);
            r.set(SourcedId, id).set(Title, str(section, "name")).set(Grades, grade(str(section, "grade")))
                .set(CourseSourcedId, str(section, "course")).set(ClassCode, str(section, "section_number"))
                .set(ClassType, QStringLiteral("scheduled")).set(SchoolSourcedId, school)
                .set(TermSourcedIds, str(section, "term_id")).set(Subjects, str(section, "subject"))
                .set(Periods, str(section, "period"));
            writer.add(r);
        }
        using namespace EnrollmentsField;
        const QString primaryTeacher = str(section, "teacher");
        QStringList teachers = strings(section, "teachers");
        if (!primaryTeacher.isEmpty() && !teachers.contains(primaryTeacher))
            teachers.prepend(primaryTeacher);
        for (const QString &teacher : std::as_const(teachers)) {
            ExportWriter::Record r(FileKind::Enrollments);
            r.set(SourcedId, id + u'-' + teacher).set(ClassSourcedId, id).set(SchoolSourcedId, school)
                .set(UserSourcedId, teacher).set(EnrollmentsField::Role, QStringLiteral("teacher"))
                .set(Primary, teacher == primaryTeacher ? QStringLiteral("true") : QStringLiteral("false"));
            writer.add(r);
        }
        for (const QString &student : strings(section, "students")) {
            ExportWriter::Record r(FileKind::Enrollments);
            r.set(SourcedId, id + u'-' + student).set(ClassSourcedId, id).set(SchoolSourcedId, school)
                .set(UserSourcedId, student).set(EnrollmentsField::Role, QStringLiteral("student")).set(Primary, QStringLiteral("false"));
            writer.add(r);
        }
    });
}

} // namespace rb
