#pragma once

#include "core/util/expected.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <utility>

namespace fstudio {

// A YAML document as PyYAML's safe_load reads it (the Cognite Toolkit reads its files so): plain
// scalars resolved by YAML 1.1's rules (yes/no/on/off are booleans, 017 is octal, 1:30 is 90, ~ is
// null), quoted and block scalars are text, `!!str`-style tags apply, `<<` merges mappings, a key
// given twice keeps its last value, aliases share the anchored node. Parsed by yaml-cpp's event
// parser; the tree and every bound are ours: file size, nesting depth, and the size an alias
// would expand to (a "billion laughs" file is refused, not expanded).
class YamlNode
{
public:
    enum class Kind { Null, Bool, Int, Float, String, Sequence, Mapping };
    using Ptr = std::shared_ptr<const YamlNode>;

    Kind kind = Kind::Null;
    // A scalar as Python's str() shows PyYAML's value ("True", "15", "1.5", "None"); a string as is.
    QString text;
    bool boolean = false;
    double number = 0; // Int and Float
    int line = 0; // 1-based, where the node starts
    int column = 0;
    QList<Ptr> items; // a sequence
    QList<std::pair<QString, Ptr>> members; // a mapping, in file order, keys as str() of PyYAML's key
    qint64 expandedSize = 1; // nodes when every alias below is expanded

    bool isScalar() const { return kind != Kind::Sequence && kind != Kind::Mapping; }
    bool isMapping() const { return kind == Kind::Mapping; }
    bool isSequence() const { return kind == Kind::Sequence; }
    const YamlNode *member(QStringView key) const;
    // "a string", "a number", "a list", …: for messages.
    QString kindName() const;
};

struct YamlError
{
    QString message;
    int line = 0; // 1-based; 0 when not tied to a place
    int column = 0;
};

struct YamlLimits
{
    qint64 maxBytes = 1024 * 1024;
    int maxDepth = 64;
    qint64 maxExpandedNodes = 100000;
    int maxDocuments = 100;
};

class Yaml
{
public:
    // Every document of the text (an empty text: none). An error names the line and column.
    static Expected<QList<YamlNode::Ptr>, YamlError> parse(const QByteArray &text, const YamlLimits &limits = {});
    // A file read whole (refused when larger than the limit) and parsed.
    static Expected<QList<YamlNode::Ptr>, YamlError> readFile(const QString &path, const YamlLimits &limits = {});
    // The node as JSON text, keys in file order (for tests that compare with PyYAML's json.dumps).
    static QByteArray toJson(const YamlNode &node);
};

} // namespace fstudio
