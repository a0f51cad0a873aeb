#include "allocator.h"
#include "cli/commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

int main(int argc, char **argv)
{
    if (rb::CommandLine::isCommand(argc, argv)) {
        QCoreApplication app(argc, argv);
        rb::CommandLine::setApplicationInfo();
        rb::CommandLine::installTranslations();
        return rb::CommandLine::run(QCoreApplication::arguments());
    }

    rb::tuneAllocatorForViews();
    QApplication app(argc, argv);
    rb::CommandLine::setApplicationInfo();
    rb::CommandLine::installTranslations();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rosterbench.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.rosterbench.Rosterbench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Checks OneRoster exports before they reach the school messaging hub."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("export"),
                                 QCoreApplication::translate("main", "A zip, a folder or CSV files to open, or a session file."),
                                 QStringLiteral("[EXPORT...|SESSION]"));
    parser.process(app);

    rb::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openExport(parser.positionalArguments());
    else
        QTimer::singleShot(0, &window, &rb::MainWindow::offerRecovery); // once the window is up
    return QApplication::exec();
}
