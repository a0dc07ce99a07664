#include "gui/widgets/jsoneditor.h"

#include "gui/widgets/tones.h"

#include "core/json/jsontext.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextBlock>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
class JsonHighlighter : public QSyntaxHighlighter
{
public:
    JsonHighlighter(QTextDocument *document, QWidget *colours)
        : QSyntaxHighlighter(document)
        , m_colours(colours)
    {
    }

protected:
    void highlightBlock(const QString &text) override
    {
        if (text.size() > JsonEditor::MaxHighlightedBlockChars)
            return;
        const QPalette &p = m_colours->palette();
        static const QRegularExpression tokens(uR"("(?:[^"\\]|\\.)*"(\s*:)?|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\b(?:true|false|null)\b)"_s);
        for (auto it = tokens.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const QString token = m.captured(0);
            Tone tone = Tone::Warning; // numbers
            if (token.startsWith(u'"'))
                tone = m.capturedLength(1) > 0 ? Tone::Active : Tone::Positive; // keys, strings
            else if (token == u"true"_s || token == u"false"_s || token == u"null"_s)
                tone = Tone::Negative;
            QTextCharFormat f;
            f.setForeground(Tones::foreground(tone, p));
            setFormat(int(m.capturedStart(0)), int(m.capturedLength(0) - m.capturedLength(1)), f);
        }
    }

private:
    QWidget *m_colours;
};

// Keys in a parsed value (a key written twice counts once: the last one wins when parsed).
qsizetype keyCount(const QJsonValue &v, int depth)
{
    if (depth > 64)
        return 0;
    qsizetype n = 0;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        n += o.size();
        for (auto it = o.begin(); it != o.end(); ++it)
            n += keyCount(it.value(), depth + 1);
    } else if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            n += keyCount(e, depth + 1);
    }
    return n;
}

void findSecrets(const QJsonValue &v, const QString &path, QStringList &out, int &budget, int depth)
{
    static const QRegularExpression secretLike(
        u"pass(word|wd)|^pass$|^pwd$|secret|token|(^|[_-])auth($|[_-]|orization)|api[_-]?key|credential|private[_-]?key"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (--budget <= 0 || depth > 64)
        return;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end() && budget > 0; ++it) {
            const QString p = path + u'.' + it.key();
            if (secretLike.match(it.key()).hasMatch() && !it.value().isObject() && !it.value().isArray() && out.size() < 20)
                out << p;
            findSecrets(it.value(), p, out, budget, depth + 1);
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size() && budget > 0; ++i)
            findSecrets(a.at(i), path + u'[' + QString::number(i) + u']', out, budget, depth + 1);
    }
}
// What a parse error means, in words a person uses, from Qt's error and the text around it.
QString explain(const QByteArray &utf8, const QJsonParseError &error)
{
    const qsizetype at = std::clamp<qsizetype>(error.offset, 0, utf8.size());
    qsizetype prev = at - 1; // the last character before the error that is not blank
    while (prev >= 0 && QChar::isSpace(uchar(utf8[prev])))
        --prev;
    qsizetype next = at; // the first one at or after it
    while (next < utf8.size() && QChar::isSpace(uchar(utf8[next])))
        ++next;
    const char before = prev >= 0 ? utf8[prev] : 0;
    // The character at the error, or the one before it (Qt's offset is sometimes one past it).
    qsizetype word = next;
    while (word > 0 && QChar::isLetter(uchar(utf8[word - 1])))
        --word;
    const QByteArray bare = utf8.mid(word, 5);
    if (bare.startsWith("True") || bare.startsWith("False") || bare.startsWith("None"))
        return JsonEditor::tr("write true, false and null in small letters: True, False and None are Python, not JSON");
    if (utf8.mid(next, 1) == "'" || (prev >= 0 && before == '\''))
        return JsonEditor::tr("texts and keys need double quotes (\"like this\"), not single quotes");
    // What stands at the error and the last thing before it: Qt's offset points at the character
    // it stumbled on, or one past it. Both readings are tried, the nearer one first.
    auto nonSpaceBefore = [&](qsizetype i) {
        while (i >= 0 && QChar::isSpace(uchar(utf8[i])))
            --i;
        return i >= 0 ? utf8[i] : char(0);
    };
    auto byShape = [](char b, char a) -> QString {
        if (b == ',' && (a == '}' || a == ']'))
            return JsonEditor::tr("a , must be followed by another entry: remove the last ,");
        if ((b == '{' || b == ',') && (QChar::isLetter(uchar(a)) || a == '_'))
            return JsonEditor::tr("keys need double quotes: \"key\": value");
        if (a == '"' && (b == '"' || QChar::isDigit(uchar(b)) || b == '}' || b == ']' || b == 'e' || b == 'l'))
            return JsonEditor::tr("a , is missing between two entries");
        return {};
    };
    if (at > 0 && !QChar::isSpace(uchar(utf8[at - 1])))
        if (const QString m = byShape(nonSpaceBefore(at - 2), utf8[at - 1]); !m.isEmpty())
            return m;
    if (const QString m = byShape(before, next < utf8.size() ? utf8[next] : 0); !m.isEmpty())
        return m;
    // The text ends with something still open.
    if (next >= utf8.size() && error.error != QJsonParseError::UnterminatedString) {
        int objects = 0, lists = 0;
        bool inString = false;
        for (qsizetype i = 0; i < utf8.size(); ++i) {
            const char ch = utf8[i];
            if (inString) {
                if (ch == '\\')
                    ++i;
                else if (ch == '"')
                    inString = false;
            } else if (ch == '"') {
                inString = true;
            } else {
                objects += ch == '{' ? 1 : ch == '}' ? -1 : 0;
                lists += ch == '[' ? 1 : ch == ']' ? -1 : 0;
            }
        }
        if (inString)
            return JsonEditor::tr("a text is not closed: a \" is missing at its end");
        if (lists > 0)
            return JsonEditor::tr("a ] is missing at the end of the list");
        if (objects > 0)
            return JsonEditor::tr("a } is missing at the end of the object");
    }
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
        if (before == ',')
            return JsonEditor::tr("a , must be followed by another entry: remove the last ,");
        if (next < utf8.size() && (QChar::isLetter(uchar(utf8[next])) || utf8[next] == '_'))
            return JsonEditor::tr("keys need double quotes: \"key\": value");
        return JsonEditor::tr("a } is missing at the end of the object");
    case QJsonParseError::MissingNameSeparator: return JsonEditor::tr("a : is missing between the key and its value");
    case QJsonParseError::UnterminatedArray:
        if (before == ',')
            return JsonEditor::tr("a , must be followed by another entry: remove the last ,");
        return JsonEditor::tr("a ] is missing at the end of the list");
    case QJsonParseError::MissingValueSeparator: return JsonEditor::tr("a , is missing between two entries");
    case QJsonParseError::IllegalValue:
        if (before == '{' || before == ',')
            return JsonEditor::tr("keys need double quotes: \"key\": value");
        return JsonEditor::tr("this is not a JSON value: texts need double quotes; numbers, true, false and null do not");
    case QJsonParseError::TerminationByNumber:
    case QJsonParseError::IllegalNumber: return JsonEditor::tr("this number is not written as JSON writes numbers (e.g. 42, -1.5, 2e3)");
    case QJsonParseError::IllegalEscapeSequence:
        return JsonEditor::tr("a \\ in a text starts an escape (\\n, \\\", \\\\): write \\\\ for a backslash");
    case QJsonParseError::IllegalUTF8String: return JsonEditor::tr("the text holds bytes that are not UTF-8");
    case QJsonParseError::UnterminatedString: return JsonEditor::tr("a text is not closed: a \" is missing at its end");
    case QJsonParseError::MissingObject: return JsonEditor::tr("the input must be a JSON object, { … }");
    case QJsonParseError::DeepNesting: return JsonEditor::tr("the input is nested too deeply");
    case QJsonParseError::DocumentTooLarge: return JsonEditor::tr("the input is too large");
    case QJsonParseError::GarbageAtEnd: return JsonEditor::tr("there is more after the end of the object: remove it, or put both in one object");
    case QJsonParseError::NoError: break;
    }
    return error.errorString();
}
} // namespace

JsonEditor::JsonEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabChangesFocus(false);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setPlaceholderText(tr("{ \"key\": \"value\" }   (empty: {})"));
    new JsonHighlighter(document(), this);
}

JsonEditor::Check JsonEditor::check(const QString &text)
{
    Check c;
    if (text.trimmed().isEmpty()) {
        c.ok = true;
        c.bytes = 2;
        c.compact = u"{}"_s;
        return c;
    }
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = utf8.left(error.offset);
        c.line = int(before.count('\n')) + 1;
        c.column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
        c.message = explain(utf8, error);
        return c;
    }
    if (!doc.isObject()) {
        c.line = 1;
        c.column = 1;
        c.message = tr("the input must be a JSON object, { … }: CDF passes it to handle() as data");
        return c;
    }
    c.ok = true;
    c.object = doc.object();
    c.compact = JsonText::compact(utf8);
    // A key written twice: what is kept and scanned is what is sent (the parsed object, the last
    // value winning), never text holding a value nobody looked at.
    static const QRegularExpression key(uR"("(?:[^"\\]|\\.)*":)"_s);
    if (c.compact.size() < 1024 * 1024 && qsizetype(c.compact.count(key)) != keyCount(c.object, 0))
        c.compact = QString::fromUtf8(QJsonDocument(c.object).toJson(QJsonDocument::Compact));
    c.bytes = c.compact.toUtf8().size();
    int budget = MaxSecretScanEntries;
    findSecrets(c.object, u"data"_s, c.secretPaths, budget, 0);
    return c;
}

bool JsonEditor::prettyPrint()
{
    const Check c = check();
    if (!c.ok || toPlainText().trimmed().isEmpty())
        return false;
    setJsonText(toPlainText());
    return true;
}

void JsonEditor::setJsonText(const QString &json)
{
    // One undo step: the user can take a reformat back.
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(JsonText::indented(json.toUtf8()).trimmed());
}

void JsonEditor::markProblem(const Check &c)
{
    QList<QTextEdit::ExtraSelection> marks;
    if (!c.ok && c.line > 0) {
        const QTextBlock block = document()->findBlockByNumber(c.line - 1);
        if (block.isValid()) {
            QTextEdit::ExtraSelection line;
            line.cursor = QTextCursor(block);
            line.format.setBackground(Tones::background(Tone::Negative, palette()));
            line.format.setProperty(QTextFormat::FullWidthSelection, true);
            marks << line;
            QTextEdit::ExtraSelection at;
            at.cursor = QTextCursor(block);
            at.cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::clamp(c.column - 1, 0, std::max(0, int(block.length()) - 2)));
            at.cursor.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor);
            at.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            at.format.setUnderlineColor(Tones::foreground(Tone::Negative, palette()));
            marks << at;
        }
    }
    setExtraSelections(marks);
}

void JsonEditor::setJson(const QJsonObject &object)
{
    // One undo step: the user can take a reformat back.
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
}

void JsonEditor::goTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::clamp(column - 1, 0, int(block.length()) - 1));
    setTextCursor(cursor);
    ensureCursorVisible();
}

} // namespace fstudio::gui
