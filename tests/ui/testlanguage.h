#pragma once

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QString>
#include <QTest>
#include <QTranslator>

#include <memory>
#include <vector>

// The language a widget test shows the window in: English (with its plural forms) or Spanish,
// from the catalogues the build made in ROSTERBENCH_QM_DIR, with Qt's own words (Cancel, Close)
// in the language too where the system has them. What one call installs, the next takes away.
class TestLanguage
{
public:
    void use(const QString &language)
    {
        for (const auto &t : m_translators)
            QCoreApplication::removeTranslator(t.get());
        m_translators.clear();
        const bool spanish = language == QLatin1String("es");
        QLocale::setDefault(QLocale(spanish ? QLocale::Spanish : QLocale::English,
                                    spanish ? QLocale::Spain : QLocale::UnitedStates));
        auto own = std::make_unique<QTranslator>();
        QVERIFY(own->load(QStringLiteral(ROSTERBENCH_QM_DIR "/rosterbench_%1.qm").arg(language)));
        QCoreApplication::installTranslator(own.get());
        m_translators.push_back(std::move(own));
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_translators.push_back(std::move(qt));
        }
    }

private:
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};
