#pragma once

#include <QJsonObject>
#include <QPlainTextEdit>

namespace fstudio::gui {

// A call's input: a plain-text JSON editor with syntax colours (from the palette), and the checks
// the call panel runs as the user types: valid JSON, an object, where the first error is (line
// and column), the size, and keys that look like secrets.
class JsonEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    struct Check
    {
        bool ok = false;
        QJsonObject object; // when ok (empty text is {})
        int line = 0; // of the error, 1-based
        int column = 0;
        QString message;
        qint64 bytes = 0; // compact UTF-8 size, as sent
        QString compact; // when ok: the text without whitespace, keys in the order they were written ("{}" when empty)
        QStringList secretPaths; // "data.db.password"
    };
    static constexpr int MaxHighlightedBlockChars = 10000; // longer lines are left plain
    static constexpr int MaxSecretScanEntries = 10000;

    explicit JsonEditor(QWidget *parent = nullptr);

    static Check check(const QString &text);
    Check check() const { return check(toPlainText()); }
    // Reformats valid JSON, one entry per line, keys kept in their order; false (and nothing
    // changes) when invalid.
    bool prettyPrint();
    void setJson(const QJsonObject &object);
    // JSON text (already valid), laid out one entry per line with its keys in their order.
    void setJsonText(const QString &json);
    // Marks where a check found a problem (a red underline at the line and column); an ok check
    // takes the mark away.
    void markProblem(const Check &c);
    // Puts the cursor at a 1-based line and column.
    void goTo(int line, int column);
};

} // namespace fstudio::gui
