#pragma once

#include "session/sessionimport.h"
#include "sis/sisclient.h"
#include "sis/sisconnection.h"
#include "sis/siserror.h"

#include <QStringList>

#include <vector>

namespace rb {

class Progress;

// What a pull gave: a OneRoster zip (as a session keeps an import), or why there is none.
struct SisPullResult
{
    SisError error;
    // The pull written as a OneRoster 1.1 CSV zip; origin is the URL (never a credential),
    // originKind "sis". Check it with checkPackedExport(), keep it with keepImport(), or save
    // its bytes as a file: all three see the same bytes.
    PackedExport packed;
    // Worth telling the admin, not errors: credentials trimmed, users merged.
    QStringList notices;
    // The final count of each resource read, in order.
    std::vector<SisProgressEvent> resources;

    bool isPulled() const { return !error.isError(); }
};

// Pulls a district's roster from Aeries, ClassLink or Clever and writes it as a OneRoster export.
//
// Threading: run() and testConnection() block until done and must run on a worker thread
// (QtConcurrent::run or a QThread), never the UI thread: each makes its own network manager in
// that thread and runs a local event loop while waiting on the network. Everything needed is
// created inside the call, so one SisPull object is used by one call at a time, from any thread.
// - Cancel: call Progress::cancel() from any thread; the pull stops within a twentieth of a second
//   and returns SisError::Code::Cancelled.
// - Progress: Progress::stage() says what is being read, for people ("Pulling users: 1,000 of
//   3,400"); the listener, if set, gets each resource's counts on the pulling thread (forward them
//   to the UI thread with a queued call).
// A Connect dialog: test with testConnection(), then run(), then checkPackedExport() on the
// result's `packed` on the same worker, and keepImport() to add it to the session.
class SisPull final
{
public:
    explicit SisPull(SisConnection connection, SisOptions options = {});

    void setListener(SisProgressListener listener) { m_listener = std::move(listener); }

    // Signs in and reads one record: proves the URL and the credentials.
    SisError testConnection(Progress *progress = nullptr) const;
    // Pulls everything and writes it as a OneRoster zip.
    SisPullResult run(Progress *progress = nullptr) const;

    // Leading and trailing spaces taken off the URL, id and secret, as pasted credentials often
    // carry them; `trimmed` gets the keys ("url", "id", "secret") of those that had some.
    static SisConnection trimmed(const SisConnection &connection, QStringList *trimmedKeys);

private:
    // The connection ready to use, or an error saying what is missing.
    SisError ready(SisConnection *connection, QStringList *trimmedKeys) const;

    SisConnection m_connection;
    SisOptions m_options;
    SisProgressListener m_listener;
};

} // namespace rb
