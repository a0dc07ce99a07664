#pragma once

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace fstudio::gui {

// A temporary folder whose removal (an unpacked zip can hold thousands of files) runs on a worker
// thread, so dropping the last reference on the GUI thread never blocks it.
inline std::shared_ptr<QTemporaryDir> makeTemporaryFolder()
{
    return std::shared_ptr<QTemporaryDir>(new QTemporaryDir, [](QTemporaryDir *dir) {
        // Without an application (or while it closes) there is no pool to run the removal on.
        if (!QCoreApplication::instance() || QCoreApplication::closingDown() || !QThreadPool::globalInstance()) {
            delete dir;
            return;
        }
        (void)QtConcurrent::run([dir] { delete dir; });
    });
}

} // namespace fstudio::gui
