#pragma once

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace rb {

// The threads that background work runs on: reading, checking, sorting and filtering. Not Qt's
// global pool: Qt's raster paint engine splits large fills across the global pool and waits for
// them, so long jobs there would stall every repaint of the window until they ended.
inline QThreadPool *workerPool()
{
    static QThreadPool pool;
    static const bool sized = [] {
        pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
        return true;
    }();
    Q_UNUSED(sized);
    return &pool;
}

} // namespace rb
