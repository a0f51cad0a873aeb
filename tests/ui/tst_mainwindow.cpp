#include "findingsmodel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QTimer>
#include <QSignalSpy>
#include <QTableView>
#include <QTextBrowser>
#include <QTest>

using namespace rb;

class MainWindowTest final : public QObject
{
    Q_OBJECT

private slots:
    void openingTheSample_listsItsFindings()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral(ROSTERBENCH_SAMPLE)), ROSTERBENCH_SAMPLE);
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::exportLoaded);
        window.openExport({QStringLiteral(ROSTERBENCH_SAMPLE)});
        QVERIFY(window.isLoading());
        QVERIFY(loaded.wait(60000));
        QVERIFY(!window.isLoading());

        auto *view = window.findChild<QTableView *>();
        QVERIFY(view);
        QVERIFY(view->model()->rowCount() > 0);
        QCOMPARE(view->model()->columnCount(), int(FindingsModel::ColumnCount));
        QVERIFY(window.windowTitle().contains(QStringLiteral("lakeview")));
        bool summarised = false;
        for (const QLabel *label : window.findChildren<QLabel *>())
            summarised = summarised
                || (label->text().contains(QStringLiteral("lakeview"))
                    && label->text().contains(QStringLiteral(" error")));
        QVERIFY(summarised);
        // The first finding is chosen, and explained below the table.
        QCOMPARE(view->currentIndex().row(), 0);
        auto *explanation = window.findChild<QTextBrowser *>();
        QVERIFY(explanation);
        const QString firstCode = view->model()->index(0, FindingsModel::CodeColumn).data().toString();
        QVERIFY(explanation->toPlainText().contains(firstCode));
        QVERIFY(explanation->toPlainText().contains(QStringLiteral("How to fix it:")));
    }

    void unreadableExport_saysWhyAndKeepsTheWindowUsable()
    {
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::exportLoaded);
        // The warning box is modal: close it as soon as it shows.
        bool sawWarning = false;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&sawWarning] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (w->inherits("QMessageBox") && w->isVisible()) {
                    sawWarning = true;
                    w->close();
                }
            }
        });
        closer.start(50);
        window.openExport({QStringLiteral("/nonexistent/export.zip")});
        QVERIFY(loaded.wait(30000));
        QVERIFY(sawWarning);
        auto *view = window.findChild<QTableView *>();
        QCOMPARE(view->model()->rowCount(), 0);
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
