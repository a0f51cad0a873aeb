#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QSaveFile>
#include <QString>

namespace rb {

// Writes `bytes` to `path` whole or not at all (a half-written report or export is worse than
// none), readable and writable by its owner only, as a session is: what Rosterbench writes from a
// roster holds student data. False on failure, with why in `error`.
inline bool writeOwnerOnlyFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    // The permissions are set on the file being written, before any byte is in it; the rename
    // that commits it keeps them, whatever the file it replaces had.
    const bool ok = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(bytes) == bytes.size() && file.commit();
    if (!ok && error)
        *error = file.errorString();
    return ok;
}

} // namespace rb
