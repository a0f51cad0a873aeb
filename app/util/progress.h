#pragma once

#include <QMutex>
#include <QString>

#include <atomic>

namespace rb {

// Progress of a long job, shared between the worker threads doing it and whoever shows it. The
// workers add to `done` and read `cancelled`; the viewer polls and may call cancel().
class Progress final
{
public:
    void setTotal(qint64 total) { m_total.store(total, std::memory_order_relaxed); }
    void add(qint64 amount) { m_done.fetch_add(amount, std::memory_order_relaxed); }
    qint64 total() const { return m_total.load(std::memory_order_relaxed); }
    qint64 done() const { return m_done.load(std::memory_order_relaxed); }

    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    // What is being worked on, for people ("Reading users.csv").
    void setStage(const QString &stage)
    {
        QMutexLocker lock(&m_mutex);
        m_stage = stage;
    }
    QString stage() const
    {
        QMutexLocker lock(&m_mutex);
        return m_stage;
    }

private:
    std::atomic<qint64> m_total{0};
    std::atomic<qint64> m_done{0};
    std::atomic<bool> m_cancelled{false};
    mutable QMutex m_mutex;
    QString m_stage;
};

} // namespace rb
