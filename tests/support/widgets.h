#pragma once

#include <QWidget>

namespace fstudio::test {

// The widget of type T named `name` under root (GUI tests find real widgets by objectName);
// says which one is missing instead of crashing on a null pointer later without a word.
template<typename T> T *child(QWidget *root, const QString &name)
{
    T *w = root->findChild<T *>(name);
    if (!w)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return w;
}

} // namespace fstudio::test
