#pragma once

#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace fstudio::gui {

// A temporary folder whose removal (an unpacked zip can hold thousands of files) runs on a worker
// thread, so dropping the last reference on the GUI thread never blocks it.
inline std::shared_ptr<QTemporaryDir> makeTemporaryFolder()
{
    return std::shared_ptr<QTemporaryDir>(new QTemporaryDir, [](QTemporaryDir *dir) { (void)QtConcurrent::run([dir] { delete dir; }); });
}

} // namespace fstudio::gui
