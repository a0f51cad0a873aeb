#include "inspector.h"

#include "linkcolours.h"
#include "oneroster/exportreader.h"
#include "roster/roster.h"
#include "severityicons.h"
#include "textpane.h"
#include "util/text.h"
#include "validation/findingindex.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLocale>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace rb {

namespace {

QString esc(std::string_view s)
{
    return toQString(s).toHtmlEscaped();
}

QString fileKey(FileKind kind)
{
    return QString::number(int(kind));
}

// A link the inspector understands: record:<kind>/<row>.
QString recordLink(FileKind kind, uint32_t row, const QString &label)
{
    return QStringLiteral("<a href=\"record:%1/%2\">%3</a>").arg(fileKey(kind)).arg(row).arg(label);
}

// Builds the page of one record. Lists stop at Inspector::ListLimit entries.
class Page
{
public:
    Page(const ReadResult &result, const FindingIndex *index, const std::vector<SchoolSummary> &schools)
        : m_result(result)
        , m_schools(schools)
        , m_roster(*result.roster)
        , m_relations(m_roster.relations())
        , m_index(index)
        , m_users(m_roster.table(FileKind::Users))
        , m_classes(m_roster.table(FileKind::Classes))
        , m_orgs(m_roster.table(FileKind::Orgs))
        , m_enrollments(m_roster.table(FileKind::Enrollments))
        , m_demographics(m_roster.table(FileKind::Demographics))
    {
    }

    QString user(uint32_t row);
    QString klass(uint32_t row);
    QString org(uint32_t row);
    QString enrollment(uint32_t row);
    QString demographic(uint32_t row);

private:
    QString userName(uint32_t u) const
    {
        const QString name = QString(toQString(m_users.cell(u, UsersField::GivenName)) + QLatin1Char(' ')
                                     + toQString(m_users.cell(u, UsersField::FamilyName)))
                                 .trimmed();
        return name.isEmpty() ? toQString(m_users.sourcedId(u)) : name;
    }
    QString userLink(uint32_t u) const
    {
        return recordLink(FileKind::Users, u, userName(u).toHtmlEscaped())
            + QStringLiteral(" <small>(%1)</small>").arg(esc(m_users.cell(u, UsersField::Role)));
    }
    QString classLink(uint32_t c) const
    {
        const std::string_view title = m_classes.cell(c, ClassesField::Title);
        return recordLink(FileKind::Classes, c, title.empty() ? esc(m_classes.sourcedId(c)) : esc(title));
    }
    QString orgLink(uint32_t o) const
    {
        const std::string_view name = m_orgs.cell(o, OrgsField::Name);
        return recordLink(FileKind::Orgs, o, name.empty() ? esc(m_orgs.sourcedId(o)) : esc(name));
    }
    QString heading(const QString &title, FileKind kind, uint32_t row) const
    {
        const Table &table = m_roster.table(kind);
        return QStringLiteral("<h2>%1</h2><p><small>%2</small></p>")
            .arg(title.toHtmlEscaped(),
                 Inspector::tr("%1, line %2 · sourcedId %3")
                     .arg(table.entryName().toHtmlEscaped())
                     .arg(table.lineOf(row))
                     .arg(esc(table.sourcedId(row))));
    }
    QString fields(const Table &table, uint32_t row, std::initializer_list<int> which) const
    {
        QString html = QStringLiteral("<table>");
        for (const int field : which) {
            const int col = table.columnForField(field);
            if (col < 0)
                continue;
            html += QStringLiteral("<tr><td><i>%1</i>&nbsp;&nbsp;</td><td>%2</td></tr>")
                        .arg(QString::fromUtf8(table.headerCells().at(col)).toHtmlEscaped(), esc(table.column(col).at(row)));
        }
        return html + QStringLiteral("</table>");
    }
    // A titled list of links, at most ListLimit of them.
    template<typename Items, typename Render>
    QString list(const QString &title, const Items &items, Render render) const
    {
        const size_t n = std::size(items);
        QString html = QStringLiteral("<h3>%1 (%2)</h3>").arg(title.toHtmlEscaped(), QLocale().toString(qulonglong(n)));
        if (n == 0)
            return html + QStringLiteral("<p><i>%1</i></p>").arg(Inspector::tr("None"));
        html += QStringLiteral("<ul>");
        size_t shown = 0;
        for (const auto &item : items) {
            if (shown++ == size_t(Inspector::ListLimit)) {
                html += QStringLiteral("<li><i>%1</i></li>")
                            .arg(Inspector::tr("… and %1 more").arg(QLocale().toString(qulonglong(n - Inspector::ListLimit))));
                break;
            }
            html += QStringLiteral("<li>") + render(item) + QStringLiteral("</li>");
        }
        return html + QStringLiteral("</ul>");
    }
    // Every finding on the given rows, grouped under one heading.
    QString findings(const std::vector<std::pair<FileKind, uint32_t>> &records) const
    {
        std::vector<uint32_t> all;
        for (const auto &[kind, row] : records) {
            if (!m_index)
                break;
            const std::vector<uint32_t> on = m_index->findingsOnRow(kind, row);
            all.insert(all.end(), on.begin(), on.end());
        }
        std::sort(all.begin(), all.end());
        const FindingList &list = m_result.findings;
        return this->list(Inspector::tr("Findings"), all, [&](uint32_t i) {
            const Finding &f = list.at(i);
            const Severity s = RuleCatalogue::severity(f.rule);
            return QStringLiteral("<b>%1</b> <a href=\"finding:%2\">%3</a> %4 <small>(%5, line %6)</small>")
                .arg(RuleCatalogue::severityName(s).toHtmlEscaped())
                .arg(i)
                .arg(RuleCatalogue::code(f.rule).toHtmlEscaped(), m_result.message(f).toHtmlEscaped(),
                     list.fileName(f).toHtmlEscaped())
                .arg(f.line);
        });
    }
    // Classes through enrollments, each once, in file order of the enrollments.
    std::vector<uint32_t> classesOf(uint32_t u) const
    {
        std::vector<uint32_t> classes;
        for (const uint32_t e : m_relations.enrollmentsOfUser(u)) {
            const uint32_t c = m_relations.classOfEnrollment(e);
            if (c != Table::NoRow && std::find(classes.begin(), classes.end(), c) == classes.end())
                classes.push_back(c);
        }
        return classes;
    }

    const ReadResult &m_result;
    const std::vector<SchoolSummary> &m_schools;
    const Roster &m_roster;
    const Relations &m_relations;
    const FindingIndex *m_index;
    const Table &m_users;
    const Table &m_classes;
    const Table &m_orgs;
    const Table &m_enrollments;
    const Table &m_demographics;
};

QString Page::user(uint32_t u)
{
    using namespace UsersField;
    const rb::Role role = m_relations.roleOf(u);
    QString html = heading(userName(u), FileKind::Users, u);
    html += fields(m_users, u, {UsersField::Role, Identifier, Email, Phone, Sms, Grades, Username});
    const auto orgs = m_relations.orgsOfUser(u);
    html += list(Inspector::tr("Schools"), orgs, [&](uint32_t o) { return orgLink(o); });
    std::vector<std::pair<FileKind, uint32_t>> records{{FileKind::Users, u}};
    if (role == rb::Role::Student) {
        html += list(Inspector::tr("Parents and guardians"), m_relations.guardiansOf(u),
                     [&](uint32_t p) { return userLink(p); });
    }
    if (isParentRole(role)) {
        const auto students = m_relations.studentsOf(u);
        html += list(Inspector::tr("Students"), students, [&](uint32_t s) { return userLink(s); });
        // Parents are not enrolled: they follow each student into the student's classes.
        for (size_t i = 0; i < students.size() && i < size_t(Inspector::ListLimit); ++i) {
            const uint32_t s = students[i];
            html += list(Inspector::tr("Classes followed through %1").arg(userName(s)), classesOf(s),
                         [&](uint32_t c) { return classLink(c); });
        }
    } else {
        html += list(Inspector::tr("Classes"), classesOf(u), [&](uint32_t c) -> QString {
            const uint32_t school = m_relations.schoolOfClass(c);
            if (school == Table::NoRow)
                return classLink(c);
            return classLink(c) + QStringLiteral(" · ") + orgLink(school);
        });
    }
    if (m_demographics.isPresent()) {
        const uint32_t d = m_demographics.rowForId(m_users.sourcedId(u));
        if (d != Table::NoRow) {
            html += QStringLiteral("<p>%1</p>").arg(recordLink(FileKind::Demographics, d, Inspector::tr("Demographics")));
            records.emplace_back(FileKind::Demographics, d);
        }
    }
    for (const uint32_t e : m_relations.enrollmentsOfUser(u))
        records.emplace_back(FileKind::Enrollments, e);
    return html + findings(records);
}

QString Page::klass(uint32_t c)
{
    using namespace ClassesField;
    const std::string_view title = m_classes.cell(c, Title);
    QString html = heading(title.empty() ? toQString(m_classes.sourcedId(c)) : toQString(title), FileKind::Classes, c);
    html += fields(m_classes, c, {ClassCode, Grades, Periods, Location});
    const uint32_t school = m_relations.schoolOfClass(c);
    if (school != Table::NoRow)
        html += QStringLiteral("<p>%1 %2</p>").arg(Inspector::tr("School:"), orgLink(school));
    std::vector<uint32_t> owners, staff, students;
    std::vector<std::pair<FileKind, uint32_t>> records{{FileKind::Classes, c}};
    for (const uint32_t e : m_relations.enrollmentsOfClass(c)) {
        records.emplace_back(FileKind::Enrollments, e);
        const uint32_t u = m_relations.userOfEnrollment(e);
        if (u == Table::NoRow)
            continue;
        const rb::Role role = m_relations.roleOf(u);
        std::vector<uint32_t> &into = ownsClasses(role) ? owners : role == rb::Role::Student ? students : staff;
        if (std::find(into.begin(), into.end(), u) == into.end())
            into.push_back(u);
    }
    html += list(Inspector::tr("Owners (teachers and administrators)"), owners, [&](uint32_t u) { return userLink(u); });
    if (!staff.empty())
        html += list(Inspector::tr("Other staff"), staff, [&](uint32_t u) { return userLink(u); });
    html += list(Inspector::tr("Students"), students, [&](uint32_t u) { return userLink(u); });
    // Parents follow their students into the class.
    std::vector<uint32_t> parents;
    std::set<uint32_t> seen;
    for (const uint32_t s : students) {
        for (const uint32_t p : m_relations.guardiansOf(s)) {
            if (seen.insert(p).second)
                parents.push_back(p);
        }
    }
    html += list(Inspector::tr("Parents and guardians who follow them"), parents, [&](uint32_t u) { return userLink(u); });
    return html + findings(records);
}

QString Page::org(uint32_t o)
{
    using namespace OrgsField;
    QString html = heading(toQString(m_orgs.cell(o, Name)), FileKind::Orgs, o);
    html += fields(m_orgs, o, {Type, Identifier, ParentSourcedId});
    if (const uint32_t parent = m_orgs.rowForId(m_orgs.cell(o, ParentSourcedId)); parent != Table::NoRow)
        html += QStringLiteral("<p>%1 %2</p>").arg(Inspector::tr("Part of:"), orgLink(parent));
    // Counts, not lists: a school has thousands of users. A school's come from its summary, when
    // there is one, placed as the overview places them.
    qint64 students = 0, staff = 0, parents = 0, classes = 0;
    const auto summary = std::find_if(m_schools.begin(), m_schools.end(),
                                      [o](const SchoolSummary &s) { return s.orgRow == o; });
    if (summary != m_schools.end()) {
        students = summary->students;
        staff = summary->teachers + summary->otherStaff;
        parents = summary->guardians;
        classes = summary->classes;
    } else {
        // Another org (a district): who names it, counted from the users themselves.
        for (uint32_t u = 0; u < m_users.rowCount(); ++u) {
            const auto orgs = m_relations.orgsOfUser(u);
            if (std::find(orgs.begin(), orgs.end(), o) == orgs.end())
                continue;
            const rb::Role role = m_relations.roleOf(u);
            students += role == rb::Role::Student;
            staff += isStaffRole(role);
            parents += isParentRole(role);
        }
        for (uint32_t c = 0; c < m_classes.rowCount(); ++c)
            classes += m_relations.schoolOfClass(c) == o;
    }
    const QLocale locale;
    html += QStringLiteral("<p>%1</p>")
                .arg(Inspector::tr("%1 students, %2 staff, %3 parents and guardians, %4 classes")
                         .arg(locale.toString(qulonglong(students)), locale.toString(qulonglong(staff)),
                              locale.toString(qulonglong(parents)), locale.toString(qulonglong(classes))));
    return html + findings({{FileKind::Orgs, o}});
}

QString Page::enrollment(uint32_t e)
{
    using namespace EnrollmentsField;
    QString html = heading(Inspector::tr("Enrollment"), FileKind::Enrollments, e);
    html += fields(m_enrollments, e, {EnrollmentsField::Role, Primary, BeginDate, EndDate});
    const uint32_t u = m_relations.userOfEnrollment(e), c = m_relations.classOfEnrollment(e);
    html += QStringLiteral("<p>%1 %2</p>")
                .arg(Inspector::tr("User:"),
                     u == Table::NoRow ? Inspector::tr("<i>unknown (%1)</i>").arg(esc(m_enrollments.cell(e, UserSourcedId)))
                                       : userLink(u));
    html += QStringLiteral("<p>%1 %2</p>")
                .arg(Inspector::tr("Class:"),
                     c == Table::NoRow ? Inspector::tr("<i>unknown (%1)</i>").arg(esc(m_enrollments.cell(e, ClassSourcedId)))
                                       : classLink(c));
    return html + findings({{FileKind::Enrollments, e}});
}

QString Page::demographic(uint32_t d)
{
    using namespace DemographicsField;
    QString html = heading(Inspector::tr("Demographics"), FileKind::Demographics, d);
    html += fields(m_demographics, d, {BirthDate, Sex, CountryOfBirthCode, StateOfBirthAbbreviation, CityOfBirth});
    const uint32_t u = m_users.rowForId(m_demographics.sourcedId(d));
    if (u != Table::NoRow)
        html += QStringLiteral("<p>%1 %2</p>").arg(Inspector::tr("Student:"), userLink(u));
    return html + findings({{FileKind::Demographics, d}});
}

} // namespace

Inspector::Inspector(QWidget *parent)
    : QWidget(parent)
    , m_browser(new TextPane(this))
    , m_backAction(new QAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), this))
    , m_forwardAction(new QAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("Forward"), this))
{
    m_browser->setObjectName(QStringLiteral("inspectorText"));
    m_browser->setAccessibleName(tr("Inspector"));
    // Long words (an email address, a sourcedId, a URL) break where they must: a narrow dock
    // never needs a horizontal scroll bar.
    m_browser->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // Read-only text: Tab moves on to the next control rather than through the text.
    m_browser->setTabChangesFocus(true);
    // Its links follow View ▸ Dark Palette, in the record shown as in those shown after.
    LinkColours::follow(m_browser);

    m_backAction->setObjectName(QStringLiteral("inspectorBack"));
    m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_backAction->setStatusTip(tr("Show the record shown before this one"));
    m_forwardAction->setObjectName(QStringLiteral("inspectorForward"));
    m_forwardAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_forwardAction->setStatusTip(tr("Show the record shown after this one"));
    for (QAction *action : {m_backAction, m_forwardAction}) {
        // Anywhere in the window, as a browser's keys are.
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(tr("%1 (%2)").arg(action->text(), action->shortcut().toString(QKeySequence::NativeText)));
        addAction(action);
    }
    connect(m_backAction, &QAction::triggered, this, &Inspector::goBack);
    connect(m_forwardAction, &QAction::triggered, this, &Inspector::goForward);

    auto *navigation = new QHBoxLayout;
    navigation->setContentsMargins(0, 0, 0, 0);
    navigation->setSpacing(2);
    m_backButton = new QToolButton(this);
    m_forwardButton = new QToolButton(this);
    for (auto [button, action] : {std::pair(m_backButton, m_backAction), std::pair(m_forwardButton, m_forwardAction)}) {
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::TabFocus);
        navigation->addWidget(button);
    }
    navigation->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(navigation);
    layout->addWidget(m_browser, 1);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &Inspector::followLink);
    clear();
}

Inspector::~Inspector() = default;

QList<QWidget *> Inspector::focusOrder() const
{
    return {m_backButton, m_forwardButton, m_browser};
}

void Inspector::setSource(std::shared_ptr<const ReadResult> result, std::shared_ptr<const FindingIndex> index,
                          std::vector<SchoolSummary> schools)
{
    m_result = std::move(result);
    m_index = std::move(index);
    m_schools = std::move(schools);
    // Rows of another result are other records.
    m_history.clear();
    m_position = -1;
    clear();
}

void Inspector::clear()
{
    m_kind = FileKind::Other;
    m_row = UINT32_MAX;
    m_browser->setHtml(QStringLiteral("<p><i>%1</i></p>")
                           .arg(tr("Choose a row in a table to see the record, who it is linked to and what is wrong with it.")
                                    .toHtmlEscaped()));
    updateNavigation();
}

QString Inspector::text() const
{
    return m_browser->toPlainText();
}

void Inspector::showRecord(FileKind kind, uint32_t row)
{
    if (kind == m_kind && row == m_row)
        return;
    if (!render(kind, row))
        return;
    // A record chosen after going back drops the ones ahead, as a browser does.
    if (m_position + 1 < qsizetype(m_history.size()))
        m_history.erase(m_history.begin() + m_position + 1, m_history.end());
    m_history.emplace_back(kind, row);
    // A long walk keeps its last records only.
    constexpr size_t Kept = 200;
    if (m_history.size() > Kept)
        m_history.erase(m_history.begin(), m_history.begin() + qsizetype(m_history.size() - Kept));
    m_position = qsizetype(m_history.size()) - 1;
    updateNavigation();
}

bool Inspector::render(FileKind kind, uint32_t row)
{
    if (!m_result || !m_result->roster || row >= m_result->roster->table(kind).rowCount())
        return false;
    Page page(*m_result, m_index.get(), m_schools);
    QString html;
    switch (kind) {
    case FileKind::Users: html = page.user(row); break;
    case FileKind::Classes: html = page.klass(row); break;
    case FileKind::Orgs: html = page.org(row); break;
    case FileKind::Enrollments: html = page.enrollment(row); break;
    case FileKind::Demographics: html = page.demographic(row); break;
    default: return false;
    }
    m_kind = kind;
    m_row = row;
    m_browser->setHtml(html);
    return true;
}

bool Inspector::canGoBack() const
{
    return m_position > 0;
}

bool Inspector::canGoForward() const
{
    return m_position >= 0 && m_position + 1 < qsizetype(m_history.size());
}

void Inspector::goBack()
{
    if (canGoBack())
        goTo(m_position - 1);
}

void Inspector::goForward()
{
    if (canGoForward())
        goTo(m_position + 1);
}

void Inspector::goTo(qsizetype position)
{
    const auto [kind, row] = m_history[size_t(position)];
    if (!render(kind, row))
        return;
    m_position = position;
    updateNavigation();
    // The table follows, as it does for a link; showing the record again here changes nothing.
    emit recordActivated(kind, row);
}

void Inspector::updateNavigation()
{
    m_backAction->setEnabled(canGoBack());
    m_forwardAction->setEnabled(canGoForward());
}

void Inspector::followLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("record")) {
        const QStringList parts = url.path().split(QLatin1Char('/'));
        bool kindOk = false, rowOk = false;
        const int kind = parts.value(0).toInt(&kindOk);
        const uint row = parts.value(1).toUInt(&rowOk);
        if (kindOk && rowOk && kind >= 0 && kind < KnownFileKindCount) {
            showRecord(FileKind(kind), row);
            emit recordActivated(FileKind(kind), row);
        }
    } else if (url.scheme() == QLatin1String("finding")) {
        bool ok = false;
        const qsizetype index = url.path().toLongLong(&ok);
        if (ok)
            emit findingActivated(index);
    }
}

} // namespace rb
