#include "gui/widgets/jsoneditor.h"

#include "gui/widgets/tones.h"

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
        return c;
    }
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = utf8.left(error.offset);
        c.line = int(before.count('\n')) + 1;
        c.column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
        c.message = error.errorString();
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
    c.bytes = QJsonDocument(c.object).toJson(QJsonDocument::Compact).size();
    int budget = MaxSecretScanEntries;
    findSecrets(c.object, u"data"_s, c.secretPaths, budget, 0);
    return c;
}

bool JsonEditor::prettyPrint()
{
    const Check c = check();
    if (!c.ok || toPlainText().trimmed().isEmpty())
        return false;
    setJson(c.object);
    return true;
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
