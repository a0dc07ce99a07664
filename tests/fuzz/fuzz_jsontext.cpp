// JSON as text (core/json/jsontext.h): any bytes, never a read past the end; for JSON that Qt
// accepts, the compact and the laid-out text are the same JSON, and a member found is a value.
#include "fuzzinput.h"

#include "core/json/jsontext.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace fstudio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(std::min<size_t>(size, 64 * 1024)));
    const QString compact = JsonText::compact(bytes);
    const QString indented = JsonText::indented(bytes);
    (void)JsonText::element(bytes, 1);
    const auto member = JsonText::member(bytes, "data");
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    // The texts are QStrings: the properties hold for UTF-8 text (what the editor and Qt's own
    // encoder give); bytes that are not UTF-8 only have to be read safely.
    if (doc.isNull() || QString::fromUtf8(bytes).toUtf8() != bytes)
        return 0;
    FS_FUZZ_CHECK(QJsonDocument::fromJson(compact.toUtf8()) == doc);
    FS_FUZZ_CHECK(QJsonDocument::fromJson(indented.toUtf8()) == doc);
    if (member && doc.isObject() && doc.object().contains(QStringLiteral("data"))) {
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + *member + "]");
        FS_FUZZ_CHECK(!wrapped.isNull());
    }
    return 0;
}
