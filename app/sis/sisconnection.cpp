#include "sisconnection.h"

#include <QCoreApplication>

namespace rb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SisConnection)
};

} // namespace

QUrl SisConnection::displayUrl() const
{
    return Sis::urlFromInput(url);
}

namespace Sis {

QUrl urlFromInput(const QString &text)
{
    const QString t = text.trimmed();
    // A pasted host without a scheme means https: credentials never go out in the clear by default.
    QUrl u = QUrl(t.contains(QLatin1String("://")) ? t : QStringLiteral("https://") + t, QUrl::TolerantMode);
    u.setUserInfo(QString());
    return u;
}

std::optional<SourceKind> kindFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("aeries"))
        return SourceKind::Aeries;
    if (n == QLatin1String("classlink"))
        return SourceKind::ClassLink;
    if (n == QLatin1String("clever"))
        return SourceKind::Clever;
    return std::nullopt;
}

QString displayName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Aeries: return QStringLiteral("Aeries");
    case SourceKind::ClassLink: return QStringLiteral("ClassLink");
    case SourceKind::Clever: return QStringLiteral("Clever");
    case SourceKind::OneRosterCsv: break;
    }
    return QStringLiteral("OneRoster");
}

QString idLabel(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Aeries: return Tr::tr("Consumer ID");
    case SourceKind::ClassLink: return Tr::tr("API key");
    case SourceKind::Clever:
    case SourceKind::OneRosterCsv: break;
    }
    return Tr::tr("ID");
}

QString secretLabel(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Aeries: return Tr::tr("Consumer Secret");
    case SourceKind::ClassLink: return Tr::tr("API secret");
    case SourceKind::Clever: return Tr::tr("district token");
    case SourceKind::OneRosterCsv: break;
    }
    return Tr::tr("secret");
}

} // namespace Sis

} // namespace rb
