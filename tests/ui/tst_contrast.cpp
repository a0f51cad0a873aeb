// Contrast in both of the window's palettes, measured as WCAG 2.1 measures it: text at 4.5:1
// against what it is drawn on (1.4.3), icons at 3:1 (1.4.11). Each failure names the pair and its
// ratio.

#include "contrast.h"
#include "findingspanel.h"
#include "inspector.h"
#include "linkcolours.h"
#include "mainwindow.h"
#include "testlanguage.h"
#include "oneroster/exportreader.h"
#include "overviewmodel.h"
#include "overviewpage.h"
#include "palettes.h"
#include "roster/roster.h"
#include "rostertablemodel.h"
#include "severityicons.h"
#include "tablepage.h"

#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTranslator>

#include <array>
#include <memory>
#include <utility>
#include <vector>

using namespace rb;

namespace {

constexpr std::array<Severity, 4> Severities{Severity::Error, Severity::Hold, Severity::Alert, Severity::Info};

// Where a test puts the window's palette, as a person would.
enum class PaletteState { LightAtStart, Dark, LightAgain };

QString describe(const QColor &colour)
{
    return colour.name(colour.alpha() == 255 ? QColor::HexRgb : QColor::HexArgb);
}

// The reason `foreground` on `background` falls short of `needed`, or nothing.
QString shortfall(const QString &what, const QColor &foreground, const QColor &background, double needed)
{
    const double ratio = contrastRatio(foreground, background);
    if (ratio >= needed)
        return {};
    return QStringLiteral("%1 (%2 on %3): %4:1, needs %5:1")
        .arg(what, describe(foreground), describe(background))
        .arg(ratio, 0, 'f', 2)
        .arg(needed, 0, 'f', 1);
}

// Every text role of `palette` against its background, in the active and inactive groups.
QStringList paletteShortfalls(const QPalette &palette, const QString &name)
{
    struct Pair
    {
        const char *text;
        QPalette::ColorRole foreground;
        const char *ground;
        QPalette::ColorRole background;
    };
    static const Pair pairs[] = {
        {"WindowText", QPalette::WindowText, "Window", QPalette::Window},
        {"Text", QPalette::Text, "Base", QPalette::Base},
        {"Text", QPalette::Text, "AlternateBase", QPalette::AlternateBase},
        {"PlaceholderText", QPalette::PlaceholderText, "Base", QPalette::Base},
        {"PlaceholderText", QPalette::PlaceholderText, "AlternateBase", QPalette::AlternateBase},
        {"HighlightedText", QPalette::HighlightedText, "Highlight", QPalette::Highlight},
        {"ButtonText", QPalette::ButtonText, "Button", QPalette::Button},
        {"Link", QPalette::Link, "Base", QPalette::Base},
        {"Link", QPalette::Link, "Window", QPalette::Window},
        {"LinkVisited", QPalette::LinkVisited, "Base", QPalette::Base},
        {"ToolTipText", QPalette::ToolTipText, "ToolTipBase", QPalette::ToolTipBase},
    };
    QStringList failures;
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        const QString groupName = group == QPalette::Active ? QStringLiteral("active") : QStringLiteral("inactive");
        for (const Pair &pair : pairs) {
            const QString failure = shortfall(
                QStringLiteral("%1, %2: %3 on %4").arg(name, groupName, QLatin1String(pair.text), QLatin1String(pair.ground)),
                palette.color(group, pair.foreground), palette.color(group, pair.background), TextContrast);
            if (!failure.isEmpty())
                failures << failure;
        }
    }
    return failures;
}

QString stateName(PaletteState state)
{
    switch (state) {
    case PaletteState::LightAtStart: return QStringLiteral("light palette");
    case PaletteState::Dark: return QStringLiteral("dark palette");
    case PaletteState::LightAgain: return QStringLiteral("light palette, after the dark one");
    }
    return {};
}

// The colour of the pixel at (x, y) of `icon` drawn at 64 × 64, where 4 px are one unit of its
// 16 × 16 drawing.
QColor pixelOf(const QIcon &icon, double x, double y)
{
    const QImage image = icon.pixmap(64, 64).toImage();
    return image.pixelColor(int(x * 4), int(y * 4));
}

} // namespace

Q_DECLARE_METATYPE(PaletteState)

class ContrastTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    TestLanguage m_language;

    static QString sample() { return QStringLiteral(ROSTERBENCH_SAMPLE); }

    static bool open(MainWindow &window, const QString &path)
    {
        QSignalSpy loaded(&window, &MainWindow::exportLoaded);
        window.openExport({path});
        return loaded.wait(60000);
    }

    // As a fresh start finds it: the desktop's palette, and the dark one not chosen.
    static void startLight()
    {
        QSettings().setValue(QStringLiteral("view/dark"), false);
        QApplication::setPalette(QPalette());
    }

    // Through View ▸ Dark Palette, as a person switches.
    static void choose(MainWindow &window, PaletteState state)
    {
        auto *dark = window.findChild<QAction *>(QStringLiteral("darkPalette"));
        QVERIFY(dark);
        QVERIFY(dark->isCheckable());
        switch (state) {
        case PaletteState::LightAtStart: QVERIFY(!dark->isChecked()); break;
        case PaletteState::Dark: dark->setChecked(true); break;
        case PaletteState::LightAgain:
            dark->setChecked(true);
            dark->setChecked(false);
            break;
        }
        QCoreApplication::processEvents();
    }

    static void addStates()
    {
        QTest::addColumn<PaletteState>("state");
        QTest::newRow("light") << PaletteState::LightAtStart;
        QTest::newRow("dark") << PaletteState::Dark;
        QTest::newRow("light again") << PaletteState::LightAgain;
    }

    static void addStatesAndLanguages()
    {
        QTest::addColumn<PaletteState>("state");
        QTest::addColumn<QString>("language");
        for (const auto &[language, name] : {std::pair{"en", "English"}, std::pair{"es", "Spanish"}}) {
            QTest::addRow("%s, light", name) << PaletteState::LightAtStart << QString::fromLatin1(language);
            QTest::addRow("%s, dark", name) << PaletteState::Dark << QString::fromLatin1(language);
            QTest::addRow("%s, light again", name) << PaletteState::LightAgain << QString::fromLatin1(language);
        }
    }

    // Every stretch of text in `view` against its base: a link in the colour the document holds,
    // the rest in the one it holds or the palette's text. `links` counts the links seen.
    static QStringList documentShortfalls(const QTextBrowser *view, const QString &name, int *links)
    {
        QStringList failures;
        const QPalette palette = view->palette();
        const QColor base = palette.color(QPalette::Base);
        for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                const QTextCharFormat format = fragment.charFormat();
                const bool link = format.isAnchor() && !format.anchorHref().isEmpty();
                const QColor colour = format.hasProperty(QTextFormat::ForegroundBrush)
                    ? format.foreground().color()
                    : palette.color(QPalette::Text);
                if (link) {
                    ++*links;
                    if (colour != palette.color(QPalette::Link)) {
                        failures << QStringLiteral("%1: the link \"%2\" is %3, the palette's link colour is %4")
                                        .arg(name, fragment.text(), describe(colour), describe(palette.color(QPalette::Link)));
                    }
                }
                const QString failure = shortfall(
                    QStringLiteral("%1: %2 \"%3\" on Base").arg(name, link ? QStringLiteral("link") : QStringLiteral("text"),
                                                               fragment.text().left(40)),
                    colour, base, TextContrast);
                if (!failure.isEmpty())
                    failures << failure;
            }
        }
        return failures;
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("RosterbenchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_contrast"));
    }

    void contrastRatio_isWcags()
    {
        QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(contrastRatio(Qt::white, Qt::black), 21.0);
        QCOMPARE(contrastRatio(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
        // The grey known as the lightest to read at 4.5:1 on white, and the one just lighter.
        QVERIFY(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
        QVERIFY(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
        QCOMPARE(qRound(contrastRatio(QColor(0x30, 0x8c, 0xc6), Qt::white) * 100), 369);
        // Half-transparent black, as Qt's placeholder text, is the grey it makes on white.
        QCOMPARE(composited(QColor(0, 0, 0, 128), Qt::white), QColor(127, 127, 127));
        QCOMPARE(qRound(contrastRatio(QColor(0, 0, 0, 128), Qt::white) * 100), 400);
    }

    void withContrast_goesOnlyAsFarAsNeeded()
    {
        // Already readable: kept.
        QCOMPARE(withContrast(Qt::black, {Qt::white}, TextContrast), QColor(Qt::black));
        // A grey at 4:1 on white is darkened, just to 4.5:1.
        const QColor darker = withContrast(QColor(127, 127, 127), {Qt::white, QColor(0xf7, 0xf7, 0xf7)}, TextContrast);
        QVERIFY(darker.lightness() < 127);
        QVERIFY(contrastRatio(darker, QColor(0xf7, 0xf7, 0xf7)) >= TextContrast);
        QVERIFY2(contrastRatio(darker, QColor(0xf7, 0xf7, 0xf7)) < 4.7, qPrintable(describe(darker)));
        // On dark grounds it is lightened.
        const QColor lighter = withContrast(QColor(130, 130, 130), {QColor(30, 30, 32), QColor(40, 40, 43)}, TextContrast);
        QVERIFY(lighter.lightness() > 130);
        QVERIFY(contrastRatio(lighter, QColor(40, 40, 43)) >= TextContrast);
        // A hue is kept: a red stays red.
        const QColor red = withContrast(QColor(0xa4, 0x26, 0x2c), {QColor(45, 45, 48)}, TextContrast);
        QVERIFY(contrastRatio(red, QColor(45, 45, 48)) >= TextContrast);
        QVERIFY(red.red() > red.green() && red.red() > red.blue());
        // Where no colour reaches the ratio, the closer of black and white: on #777, black at
        // 4.7:1 rather than white at 4.5:1; on #707070, white at 5.0:1 rather than black at 4.2:1.
        QCOMPARE(withContrast(QColor(0x80, 0x80, 0x80), {QColor(0x77, 0x77, 0x77)}, 7.0), QColor(Qt::black));
        QCOMPARE(withContrast(QColor(0x80, 0x80, 0x80), {QColor(0x70, 0x70, 0x70)}, 7.0), QColor(Qt::white));
    }

    void paletteRoles_readInBothPalettes_data() { addStates(); }
    void paletteRoles_readInBothPalettes()
    {
        QFETCH(PaletteState, state);
        startLight();
        MainWindow window;
        choose(window, state);
        QStringList failures = paletteShortfalls(QApplication::palette(), stateName(state));
        // The 90-day banner's own colours, on its own ground.
        const auto *banner = window.findChild<QLabel *>(QStringLiteral("staleBanner"));
        QVERIFY(banner);
        const QString failure = shortfall(QStringLiteral("%1: the 90-day banner").arg(stateName(state)),
                                          banner->palette().color(QPalette::WindowText),
                                          banner->palette().color(QPalette::Window), TextContrast);
        if (!failure.isEmpty())
            failures << failure;
        // The matching wizard's problems, in red, on its pages.
        const QColor problem = problemTextColor(QApplication::palette());
        for (const auto ground : {QPalette::Window, QPalette::Base}) {
            const QString f = shortfall(QStringLiteral("%1: a problem's red on %2")
                                            .arg(stateName(state), ground == QPalette::Window ? QStringLiteral("Window")
                                                                                             : QStringLiteral("Base")),
                                        problem, QApplication::palette().color(ground), TextContrast);
            if (!f.isEmpty())
                failures << f;
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n"))));
        // The dark palette is dark, the light one light.
        const bool dark = state == PaletteState::Dark;
        QCOMPARE(QApplication::palette().color(QPalette::Base).lightness() < 128, dark);
    }

    void readablePalette_mendsAnyPalette()
    {
        // A desktop's palette of the kind that fails: greys on greys, a pale selection, a pale link.
        QPalette poor(QColor(0xd0, 0xd0, 0xd0));
        poor.setColor(QPalette::Base, QColor(0xe8, 0xe8, 0xe8));
        poor.setColor(QPalette::AlternateBase, QColor(0xdd, 0xdd, 0xdd));
        poor.setColor(QPalette::Text, QColor(0x80, 0x80, 0x80));
        poor.setColor(QPalette::WindowText, QColor(0x88, 0x88, 0x88));
        poor.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
        poor.setColor(QPalette::Highlight, QColor(0x80, 0xb0, 0xff));
        poor.setColor(QPalette::HighlightedText, Qt::white);
        poor.setColor(QPalette::Link, QColor(0x70, 0x90, 0xff));
        poor.setColor(QPalette::LinkVisited, QColor(0xff, 0x70, 0xff));
        poor.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
        poor.setColor(QPalette::ToolTipText, QColor(0xaa, 0xaa, 0x88));
        QVERIFY(!paletteShortfalls(poor, QStringLiteral("poor")).isEmpty());
        const QPalette mended = readablePalette(poor);
        const QStringList failures = paletteShortfalls(mended, QStringLiteral("mended"));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n"))));
        // The backgrounds are the desktop's still, and the selection's text.
        for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::HighlightedText})
            QCOMPARE(mended.color(role), poor.color(role));
        // What reads already is left alone.
        const QPalette light = QApplication::style()->standardPalette();
        QCOMPARE(readablePalette(light).color(QPalette::Text), light.color(QPalette::Text));
        QCOMPARE(readablePalette(light).color(QPalette::Link), light.color(QPalette::Link));
        // Muted text follows any palette.
        QVERIFY(contrastRatio(mutedTextColor(poor), poor.color(QPalette::AlternateBase)) >= TextContrast);
        QVERIFY(contrastRatio(problemTextColor(poor), poor.color(QPalette::Window)) >= TextContrast);
    }

    void severityIcons_standOutOnBothPalettes()
    {
        // Where each icon is filled (away from its mark and its rim), and where its mark is, in
        // units of its 16 × 16 drawing.
        struct Spot
        {
            double fillX, fillY, markX, markY;
        };
        const auto spotOf = [](Severity s) {
            switch (s) {
            case Severity::Error: return Spot{3, 8, 8, 8};
            case Severity::Hold: return Spot{3, 8, 6.2, 8};
            case Severity::Alert: return Spot{4.5, 13, 8, 7.5};
            case Severity::Info: return Spot{3, 8, 8, 9.75};
            }
            return Spot{};
        };
        QStringList failures;
        const QList<std::pair<QString, QPalette>> palettes = {{QStringLiteral("light palette"), lightPalette()},
                                                              {QStringLiteral("dark palette"), darkPalette()}};
        const auto againstPalettes = [&](const QString &what, const QColor &colour) {
            for (const auto &[name, palette] : palettes) {
                for (const auto &[ground, role] : {std::pair{"Base", QPalette::Base}, std::pair{"Window", QPalette::Window},
                                                   std::pair{"AlternateBase", QPalette::AlternateBase}}) {
                    const QString f = shortfall(QStringLiteral("%1 on the %2's %3").arg(what, name, QLatin1String(ground)),
                                                colour, palette.color(role), GraphicContrast);
                    if (!f.isEmpty())
                        failures << f;
                }
            }
        };
        for (const Severity s : Severities) {
            const QIcon icon = severityIcon(s);
            const Spot spot = spotOf(s);
            const QColor fill = pixelOf(icon, spot.fillX, spot.fillY);
            // The icon is drawn in the colour said.
            QCOMPARE(fill.rgb(), severityColor(s).rgb());
            const QString name = QStringLiteral("the %1 icon").arg(RuleCatalogue::severityKey(s));
            againstPalettes(name, fill);
            const QString f = shortfall(name + QStringLiteral("'s mark on its fill"), pixelOf(icon, spot.markX, spot.markY),
                                        fill, GraphicContrast);
            if (!f.isEmpty())
                failures << f;
        }
        // The overview's readiness, and the tick of an acknowledged finding.
        const struct
        {
            Readiness readiness;
            const char *name;
            double markX, markY;
        } readiness[] = {{Readiness::Blocked, "blocked", 8, 8},
                         {Readiness::NeedsAttention, "needs attention", 8, 6.5},
                         {Readiness::Ready, "ready", 9.25, 8.15}};
        for (const auto &r : readiness) {
            const QIcon icon = readinessIcon(r.readiness);
            const QColor fill = pixelOf(icon, 3, 8);
            QCOMPARE(fill.rgb(), readinessColor(r.readiness).rgb());
            const QString name = QStringLiteral("the readiness icon \"%1\"").arg(QLatin1String(r.name));
            againstPalettes(name, fill);
            const QString f = shortfall(name + QStringLiteral("'s mark on its fill"), pixelOf(icon, r.markX, r.markY), fill,
                                        GraphicContrast);
            if (!f.isEmpty())
                failures << f;
        }
        const QColor tick = pixelOf(acknowledgedIcon(), 9.75, 8.25);
        QCOMPARE(tick.rgb(), fineColor().rgb());
        againstPalettes(QStringLiteral("the acknowledged tick"), tick);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n"))));
    }

    void severityTints_keepTheCellReadable_data() { addStates(); }
    void severityTints_keepTheCellReadable()
    {
        QFETCH(PaletteState, state);
        startLight();
        MainWindow window;
        window.show();
        QVERIFY(open(window, sample()));
        choose(window, state);
        QStringList failures;
        const QPalette palette = QApplication::palette();
        for (const Severity s : Severities) {
            const QColor tint = severityBackground(s, palette);
            QVERIFY(tint != palette.color(QPalette::Base)); // a tint still
            const QString name = QStringLiteral("%1: a cell tinted for %2").arg(stateName(state), RuleCatalogue::severityKey(s));
            for (const QString &f : {shortfall(name + QStringLiteral(", its text"), palette.color(QPalette::Text), tint, TextContrast),
                                     shortfall(name + QStringLiteral(", its icon"), severityColor(s), tint, GraphicContrast)}) {
                if (!f.isEmpty())
                    failures << f;
            }
        }
        // A real cell: the email cell of the teacher without one (users.csv line 17), as the
        // table paints it with the table's text.
        TablePage *users = window.tablePage(FileKind::Users);
        const Roster &roster = *window.result()->roster;
        const uint32_t row = roster.table(FileKind::Users).rowAtLine(17);
        const QModelIndex cell = users->model()->index(int(row), roster.table(FileKind::Users).columnForField(UsersField::Email));
        const QColor tint = cell.data(Qt::BackgroundRole).value<QColor>();
        QVERIFY(tint.isValid());
        const auto *view = users->findChild<QTableView *>();
        QVERIFY(view);
        const QString f = shortfall(QStringLiteral("%1: the teacher's email cell").arg(stateName(state)),
                                    view->palette().color(QPalette::Text), tint, TextContrast);
        if (!f.isEmpty())
            failures << f;
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n"))));
    }

    void mutedText_readsWhereItIsDrawn_data() { addStatesAndLanguages(); }
    void mutedText_readsWhereItIsDrawn()
    {
        QFETCH(PaletteState, state);
        QFETCH(QString, language);
        m_language.use(language);
        startLight();
        MainWindow window;
        window.show();
        QVERIFY(open(window, sample()));
        // Two of the three schools matched: the third is "not matched yet", muted.
        window.overviewPage()->setSchoolMatching(
            {SchoolMatch{QStringLiteral("SCH001"), QStringLiteral("Lakeview Elementary School"), QStringLiteral("H-1")},
             SchoolMatch{QStringLiteral("SCH002"), QStringLiteral("Jefferson Middle School"), QStringLiteral("H-2")}},
            {HubSchool{QStringLiteral("H-1"), QStringLiteral("Lakeview ES"), {}},
             HubSchool{QStringLiteral("H-2"), QStringLiteral("Jefferson MS"), {}}});
        choose(window, state);

        QStringList failures;
        const QTableView *view = window.overviewPage()->view();
        const QPalette palette = view->palette();
        const OverviewModel *model = window.overviewPage()->model();
        int zeros = 0, unmatched = 0;
        const auto check = [&](const QModelIndex &index) {
            const QVariant foreground = index.data(Qt::ForegroundRole);
            QVERIFY(foreground.isValid()); // muted
            for (const auto &[ground, role] : {std::pair{"Base", QPalette::Base}, std::pair{"AlternateBase", QPalette::AlternateBase}}) {
                const QString f = shortfall(QStringLiteral("%1: the overview's muted \"%2\" on %3")
                                                .arg(stateName(state), index.data().toString(), QLatin1String(ground)),
                                            foreground.value<QBrush>().color(), palette.color(role), TextContrast);
                if (!f.isEmpty())
                    failures << f;
            }
        };
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = OverviewModel::ErrorsColumn; c <= OverviewModel::InfoColumn; ++c) {
                const QModelIndex index = model->index(r, c);
                if (index.data(OverviewModel::SortRole).toLongLong() == 0) {
                    ++zeros;
                    check(index);
                }
            }
            const QModelIndex hub = model->index(r, OverviewModel::HubSchoolColumn);
            if (hub.data(OverviewModel::HubStateRole).toInt() == int(SyncTarget::State::NotMatched)) {
                ++unmatched;
                QCOMPARE(hub.data().toString(), OverviewModel::tr("Not matched yet"));
                check(hub);
            }
        }
        QVERIFY(zeros > 0);
        QCOMPARE(unmatched, 1);
        // The tables' search fields say what to type in the placeholder's grey.
        for (const FileKind kind : {FileKind::Orgs, FileKind::Users, FileKind::Classes, FileKind::Enrollments, FileKind::Demographics}) {
            for (const QLineEdit *edit : window.tablePage(kind)->findChildren<QLineEdit *>()) {
                if (edit->placeholderText().isEmpty())
                    continue;
                const QString f = shortfall(QStringLiteral("%1: the placeholder \"%2\"").arg(stateName(state), edit->placeholderText()),
                                            edit->palette().color(QPalette::PlaceholderText),
                                            edit->palette().color(QPalette::Base), TextContrast);
                if (!f.isEmpty())
                    failures << f;
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n"))));
    }

    void links_followThePaletteWhenItChanges_data() { addStatesAndLanguages(); }
    void links_followThePaletteWhenItChanges()
    {
        QFETCH(PaletteState, state);
        QFETCH(QString, language);
        m_language.use(language);
        startLight();
        MainWindow window;
        window.show();
        QVERIFY(open(window, sample()));
        // A class, with its teachers, students and parents as links, and a finding explained,
        // both shown before the palette changes.
        // Light again: shown in the dark palette first, so that a colour kept from it would show.
        if (state == PaletteState::LightAgain)
            choose(window, PaletteState::Dark);
        window.showFinding(0);
        const Table &classes = window.result()->roster->table(FileKind::Classes);
        window.showRecord(FileKind::Classes, uint32_t(classes.rowCount() / 2));
        QCOMPARE(window.inspector()->shownKind(), FileKind::Classes);
        choose(window, state);

        auto *inspector = window.inspector()->findChild<QTextBrowser *>();
        auto *explanation = window.findingsPanel()->findChild<QTextBrowser *>(QStringLiteral("ruleExplanation"));
        QVERIFY(inspector);
        QVERIFY(explanation);
        QVERIFY(!explanation->toPlainText().isEmpty());
        int links = 0, explanationLinks = 0;
        QStringList failures = documentShortfalls(inspector, stateName(state) + QStringLiteral(", the inspector"), &links);
        failures += documentShortfalls(explanation, stateName(state) + QStringLiteral(", the explanation"), &explanationLinks);
        QVERIFY2(links > 3, qPrintable(inspector->toPlainText()));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n"))));
    }

    void linkColours_recolourOnlyTheLinks()
    {
        QTextDocument document;
        document.setHtml(QStringLiteral("<p>Owner: <a href=\"record:users/3\">Ana Garcia</a>, <b>bold</b></p>"));
        LinkColours::recolour(&document, QBrush(QColor(0x11, 0x22, 0x33)));
        int links = 0;
        for (auto it = document.begin().begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor()) {
                ++links;
                QCOMPARE(format.foreground().color(), QColor(0x11, 0x22, 0x33));
                QCOMPARE(format.anchorHref(), QStringLiteral("record:users/3"));
                QCOMPARE(it.fragment().text(), QStringLiteral("Ana Garcia"));
            } else {
                QVERIFY(!format.hasProperty(QTextFormat::ForegroundBrush));
            }
        }
        QCOMPARE(links, 1);
        QCOMPARE(document.toPlainText(), QStringLiteral("Owner: Ana Garcia, bold"));
        QVERIFY(!document.isUndoAvailable());
    }
};

QTEST_MAIN(ContrastTest)

#include "tst_contrast.moc"
