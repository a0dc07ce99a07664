#pragma once

#include <QApplication>
#include <QLineEdit>
#include <QTest>
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

// Types `text` into the line edit named `name` as a user would (replacing what it holds): it emits
// textEdited, so the field counts as touched.
inline void setText(QWidget *root, const QString &name, const QString &text)
{
    auto *e = child<QLineEdit>(root, name);
    QVERIFY(e);
    e->setFocus();
    e->selectAll();
    QTest::keyClicks(e, text);
}

// Every widget of the visible top-level windows, the windows included.
inline QList<QWidget *> widgetsOfOpenWindows()
{
    QList<QWidget *> out;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!top->isVisible())
            continue;
        out << top << top->findChildren<QWidget *>();
    }
    return out;
}

// Where an object sits, e.g. "/mainWindow/mainToolbar/search" (class names where it has no name).
inline QString objectPath(const QObject *o)
{
    QString path;
    for (; o; o = o->parent())
        path.prepend(QLatin1Char('/') + (o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName()));
    return path;
}

} // namespace fstudio::test
