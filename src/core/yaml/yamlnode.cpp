#include "core/yaml/yamlnode.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <cmath>
#include <limits>
#include <map>
#include <sstream>

namespace fstudio {

using namespace Qt::StringLiterals;

const YamlNode *YamlNode::member(QStringView key) const
{
    for (const auto &[k, v] : members)
        if (k == key)
            return v.get();
    return nullptr;
}

QString YamlNode::kindName() const
{
    switch (kind) {
    case Kind::Null: return u"empty"_s;
    case Kind::Bool: return u"a boolean"_s;
    case Kind::Int:
    case Kind::Float: return u"a number"_s;
    case Kind::String: return u"a string"_s;
    case Kind::Sequence: return u"a list"_s;
    case Kind::Mapping: return u"a mapping"_s;
    }
    return {};
}

namespace {
// What stops a parse: our bounds, thrown from the event handler through yaml-cpp's parser.
struct Refused
{
    YamlError error;
};

// Python's repr() of a float: the shortest digits that read back, fixed notation for exponents
// from -4 to 15 (with at least ".0"), else "1e+16" / "1.5e-05".
QString pythonFloat(double d)
{
    if (std::isnan(d))
        return u"nan"_s;
    if (std::isinf(d))
        return d < 0 ? u"-inf"_s : u"inf"_s;
    const QString e = QString::number(d, 'e', QLocale::FloatingPointShortest); // "-1.5e+16"
    const qsizetype at = e.indexOf(QLatin1Char('e'));
    QString mantissa = e.left(at);
    const int exponent = e.mid(at + 1).toInt();
    const bool negative = std::signbit(d);
    if (mantissa.startsWith(QLatin1Char('-')))
        mantissa.remove(0, 1);
    QString digits = mantissa;
    digits.remove(QLatin1Char('.'));
    QString out;
    if (exponent >= -4 && exponent < 16) {
        if (exponent < 0) {
            out = u"0."_s + QString(-exponent - 1, QLatin1Char('0')) + digits;
        } else if (digits.size() <= exponent + 1) {
            out = digits + QString(exponent + 1 - digits.size(), QLatin1Char('0')) + u".0"_s;
        } else {
            out = digits.left(exponent + 1) + QLatin1Char('.') + digits.mid(exponent + 1);
        }
    } else {
        out = digits.left(1);
        if (digits.size() > 1)
            out += QLatin1Char('.') + digits.mid(1);
        out += (exponent < 0 ? u"e-"_s : u"e+"_s) + QString::number(std::abs(exponent)).rightJustified(2, QLatin1Char('0'));
    }
    return negative ? QLatin1Char('-') + out : out;
}

// YAML 1.1's implicit types, with PyYAML's patterns (yaml/resolver.py).
const QRegularExpression &boolPattern()
{
    static const QRegularExpression re(u"\\A(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)\\z"_s);
    return re;
}
const QRegularExpression &intPattern()
{
    static const QRegularExpression re(
        u"\\A(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)\\z"_s);
    return re;
}
const QRegularExpression &floatPattern()
{
    static const QRegularExpression re(u"\\A(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
                                       u"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))\\z"_s);
    return re;
}
const QRegularExpression &nullPattern()
{
    static const QRegularExpression re(u"\\A(?:~|null|Null|NULL|)\\z"_s);
    return re;
}
// A date stays its text (str() of PyYAML's date is the same); a time is shown as str() of PyYAML's
// datetime shows it: "2001-12-14 21:59:43.100000-05:00".
QString timestampText(const QString &v)
{
    static const QRegularExpression re(u"\\A([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:[Tt]|[ \\t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\\.([0-9]*))?"
                                       u"(?:[ \\t]*(Z|([-+])([0-9]{1,2})(?::([0-9]{2}))?))?)?\\z"_s);
    const auto m = re.match(v);
    if (!m.hasMatch())
        return {};
    const auto two = [](const QString &s) { return s.rightJustified(2, QLatin1Char('0')); };
    QString out = m.captured(1) + QLatin1Char('-') + two(m.captured(2)) + QLatin1Char('-') + two(m.captured(3));
    if (m.captured(4).isEmpty())
        return out;
    out += QLatin1Char(' ') + two(m.captured(4)) + QLatin1Char(':') + m.captured(5) + QLatin1Char(':') + m.captured(6);
    if (const QString fraction = m.captured(7).left(6); !fraction.isEmpty() && fraction.toInt() != 0)
        out += QLatin1Char('.') + fraction.leftJustified(6, QLatin1Char('0'));
    if (m.captured(8) == u"Z"_s)
        out += u"+00:00"_s;
    else if (!m.captured(8).isEmpty())
        out += m.captured(9) + two(m.captured(10)) + QLatin1Char(':') + (m.captured(11).isEmpty() ? u"00"_s : m.captured(11));
    return out;
}

// PyYAML's construct_yaml_int / construct_yaml_float.
bool makeInt(const QString &source, YamlNode &n)
{
    QString v = source;
    v.remove(QLatin1Char('_'));
    int sign = 1;
    if (v.startsWith(QLatin1Char('-')))
        sign = -1;
    if (v.startsWith(QLatin1Char('-')) || v.startsWith(QLatin1Char('+')))
        v.remove(0, 1);
    bool ok = true;
    long double value = 0;
    if (v == u"0"_s)
        value = 0;
    else if (v.startsWith(u"0b"_s))
        value = v.mid(2).toULongLong(&ok, 2);
    else if (v.startsWith(u"0x"_s))
        value = v.mid(2).toULongLong(&ok, 16);
    else if (v.startsWith(QLatin1Char('0')))
        value = v.toULongLong(&ok, 8);
    else if (v.contains(QLatin1Char(':'))) {
        long double base = 1;
        const QStringList parts = v.split(QLatin1Char(':'));
        for (qsizetype i = parts.size() - 1; i >= 0; --i) {
            value += parts.at(i).toLongLong() * base;
            base *= 60;
        }
    } else
        value = v.toULongLong(&ok, 10);
    if (!ok) { // beyond 64 bits: Python keeps it exact; the digits are kept for decimal numbers
        if (!v.startsWith(QLatin1Char('0')) && !v.contains(QLatin1Char(':'))) {
            n.kind = YamlNode::Kind::Int;
            n.number = sign * v.toDouble();
            n.text = (sign < 0 ? u"-"_s : QString()) + v;
            return true;
        }
        return false;
    }
    n.kind = YamlNode::Kind::Int;
    n.number = double(sign * value);
    if (value > (long double)std::numeric_limits<unsigned long long>::max()) // a long sexagesimal: no exact digits here
        n.text = QString::number(double(sign * value), 'f', 0);
    else
        n.text = value == 0 ? u"0"_s : (sign < 0 ? u"-"_s : QString()) + QString::number(static_cast<unsigned long long>(value));
    return true;
}

void makeFloat(const QString &source, YamlNode &n)
{
    QString v = source.toLower();
    v.remove(QLatin1Char('_'));
    double sign = 1;
    if (v.startsWith(QLatin1Char('-')))
        sign = -1;
    if (v.startsWith(QLatin1Char('-')) || v.startsWith(QLatin1Char('+')))
        v.remove(0, 1);
    double value = 0;
    if (v == u".inf"_s)
        value = std::numeric_limits<double>::infinity();
    else if (v == u".nan"_s)
        value = std::numeric_limits<double>::quiet_NaN();
    else if (v.contains(QLatin1Char(':'))) {
        double base = 1;
        const QStringList parts = v.split(QLatin1Char(':'));
        for (qsizetype i = parts.size() - 1; i >= 0; --i) {
            value += parts.at(i).toDouble() * base;
            base *= 60;
        }
    } else {
        if (v.endsWith(QLatin1Char('.')))
            v += QLatin1Char('0');
        if (v.startsWith(QLatin1Char('.')))
            v.prepend(QLatin1Char('0'));
        value = v.toDouble();
    }
    n.kind = YamlNode::Kind::Float;
    n.number = sign * value;
    n.text = pythonFloat(n.number);
}

// A plain (unquoted, untagged) scalar, resolved as PyYAML resolves it.
std::optional<QString> resolvePlain(const QString &v, YamlNode &n)
{
    if (nullPattern().match(v).hasMatch()) {
        n.kind = YamlNode::Kind::Null;
        n.text = u"None"_s;
    } else if (boolPattern().match(v).hasMatch()) {
        n.kind = YamlNode::Kind::Bool;
        const QString l = v.toLower();
        n.boolean = l == u"yes"_s || l == u"true"_s || l == u"on"_s;
        n.text = n.boolean ? u"True"_s : u"False"_s;
    } else if (intPattern().match(v).hasMatch() && makeInt(v, n)) {
    } else if (floatPattern().match(v).hasMatch()) {
        makeFloat(v, n);
    } else if (v == u"="_s) {
        return u"could not determine a constructor for the value \"=\" (quote it: '=')"_s;
    } else {
        n.kind = YamlNode::Kind::String;
        const QString timestamp = timestampText(v);
        n.text = timestamp.isEmpty() ? v : timestamp;
    }
    return std::nullopt;
}

class Builder : public YAML::EventHandler
{
public:
    explicit Builder(const YamlLimits &limits)
        : m_limits(limits)
    {
    }
    QList<YamlNode::Ptr> documents;

    void OnDocumentStart(const YAML::Mark &) override { m_root.reset(); }
    void OnDocumentEnd() override
    {
        documents << (m_root ? m_root : std::make_shared<YamlNode>());
        m_anchors.clear(); // anchors do not reach into the next document
    }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        auto n = make(mark);
        n->text = u"None"_s;
        add(n, anchor);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const auto it = m_anchors.find(anchor);
        if (it == m_anchors.end() || !it->second)
            throw Refused{{u"an alias refers to a node that contains it (a recursive alias)"_s, int(mark.line) + 1, int(mark.column) + 1}};
        add(it->second, 0);
    }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, const std::string &value) override
    {
        auto n = make(mark);
        const QString v = QString::fromStdString(value);
        std::optional<QString> problem;
        if (tag == "?") {
            problem = resolvePlain(v, *n);
        } else if (tag == "!" || tag == "tag:yaml.org,2002:str") {
            n->kind = YamlNode::Kind::String;
            n->text = v;
        } else if (tag == "tag:yaml.org,2002:int" && intPattern().match(v).hasMatch() && makeInt(v, *n)) {
        } else if (tag == "tag:yaml.org,2002:float" && (floatPattern().match(v).hasMatch() || intPattern().match(v).hasMatch())) {
            makeFloat(v, *n);
        } else if (tag == "tag:yaml.org,2002:bool" && boolPattern().match(v).hasMatch()) {
            resolvePlain(v, *n);
        } else if (tag == "tag:yaml.org,2002:null") {
            n->text = u"None"_s;
        } else {
            problem = u"the tag %1 on \"%2\" is not one a safe YAML reader knows (remove it or quote the value)"_s.arg(QString::fromStdString(tag),
                                                                                                                       v.left(80));
        }
        if (problem)
            throw Refused{{*problem, int(mark.line) + 1, int(mark.column) + 1}};
        n->isPlainMergeKey = tag == "?" && v == u"<<"_s;
        add(n, anchor);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        collectionTag(mark, tag, "tag:yaml.org,2002:seq");
        auto n = make(mark);
        n->kind = YamlNode::Kind::Sequence;
        open(n, anchor, mark);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        collectionTag(mark, tag, "tag:yaml.org,2002:map");
        auto n = make(mark);
        n->kind = YamlNode::Kind::Mapping;
        open(n, anchor, mark);
    }
    void OnMapEnd() override { close(); }

private:
    struct Node : YamlNode
    {
        bool isPlainMergeKey = false;
        QStringList identities; // a mapping's keys as Python compares them
    };
    struct Key
    {
        QString text;
        QString identity;
    };
    static QString identityOf(const YamlNode &key)
    {
        switch (key.kind) {
        case YamlNode::Kind::Bool: return u"#"_s + (key.boolean ? u"1"_s : u"0"_s);
        case YamlNode::Kind::Int:
        case YamlNode::Kind::Float: return u"#"_s + QString::number(key.number, 'g', 17);
        case YamlNode::Kind::Null: return u"~"_s;
        default: return u"s"_s + key.text;
        }
    }
    struct Frame
    {
        std::shared_ptr<Node> node;
        YAML::anchor_t anchor = 0;
        QList<std::pair<YamlNode::Ptr, YamlNode::Ptr>> pairs; // a mapping's, as written
        YamlNode::Ptr key; // a mapping's key waiting for its value
    };

    std::shared_ptr<Node> make(const YAML::Mark &mark)
    {
        auto n = std::make_shared<Node>();
        n->line = int(mark.line) + 1;
        n->column = int(mark.column) + 1;
        return n;
    }
    void collectionTag(const YAML::Mark &mark, const std::string &tag, const char *own)
    {
        if (tag != "?" && tag != "!" && tag != own)
            throw Refused{{u"the tag %1 is not one a safe YAML reader knows (remove it)"_s.arg(QString::fromStdString(tag)), int(mark.line) + 1,
                           int(mark.column) + 1}};
    }
    void open(const std::shared_ptr<Node> &n, YAML::anchor_t anchor, const YAML::Mark &mark)
    {
        if (int(m_stack.size()) >= m_limits.maxDepth)
            throw Refused{{u"the nesting is deeper than %1 levels"_s.arg(m_limits.maxDepth), int(mark.line) + 1, int(mark.column) + 1}};
        if (anchor)
            m_anchors[anchor] = nullptr; // known, not complete: an alias to it now is recursive
        m_stack.push_back(Frame{n, anchor, {}, {}});
    }
    void close()
    {
        Frame f = std::move(m_stack.back());
        m_stack.pop_back();
        if (f.node->kind == YamlNode::Kind::Mapping)
            buildMapping(*f.node, f.pairs);
        add(f.node, f.anchor);
    }
    void grow(YamlNode &parent, const YamlNode &child)
    {
        parent.expandedSize += child.expandedSize;
        if (parent.expandedSize > m_limits.maxExpandedNodes)
            throw Refused{
                {u"the document expands to more than %1 values (aliases repeat nodes)"_s.arg(m_limits.maxExpandedNodes), child.line, child.column}};
    }
    void add(const YamlNode::Ptr &n, YAML::anchor_t anchor)
    {
        if (anchor)
            m_anchors[anchor] = n;
        if (m_stack.empty()) {
            m_root = n;
            return;
        }
        Frame &top = m_stack.back();
        grow(*top.node, *n);
        if (top.node->kind == YamlNode::Kind::Sequence) {
            top.node->items << n;
        } else if (!top.key) {
            if (!n->isScalar())
                throw Refused{{u"a mapping's key is %1; only plain values can be keys here"_s.arg(n->kindName()), n->line, n->column}};
            top.key = n;
        } else {
            top.pairs << std::pair{std::exchange(top.key, nullptr), n};
        }
    }
    // PyYAML's flatten_mapping: `<<` merges a mapping (or a list of them, the first winning) under
    // the keys written here; then a key given twice keeps its first place and its last value.
    void buildMapping(Node &map, const QList<std::pair<YamlNode::Ptr, YamlNode::Ptr>> &pairs)
    {
        QList<std::pair<Key, YamlNode::Ptr>> merged;
        QList<std::pair<Key, YamlNode::Ptr>> own;
        const auto membersOf = [](const YamlNode &m) {
            QList<std::pair<Key, YamlNode::Ptr>> out;
            for (qsizetype i = 0; i < m.members.size(); ++i)
                out << std::pair{Key{m.members.at(i).first, static_cast<const Node &>(m).identities.value(i)}, m.members.at(i).second};
            return out;
        };
        for (const auto &[key, value] : pairs) {
            const bool mergeKey = static_cast<const Node *>(key.get())->isPlainMergeKey;
            if (!mergeKey) {
                own << std::pair{Key{key->text, identityOf(*key)}, value};
                continue;
            }
            if (value->isMapping()) {
                merged += membersOf(*value);
            } else if (value->isSequence()) {
                for (qsizetype i = value->items.size() - 1; i >= 0; --i) {
                    if (!value->items.at(i)->isMapping())
                        throw Refused{
                            {u"`<<` merges mappings; this list holds %1"_s.arg(value->items.at(i)->kindName()), value->line, value->column}};
                    merged += membersOf(*value->items.at(i));
                }
            } else {
                throw Refused{{u"`<<` merges a mapping or a list of mappings, not %1"_s.arg(value->kindName()), value->line, value->column}};
            }
        }
        QHash<QString, qsizetype> at; // Python's dict: True, 1 and 1.0 are one key
        for (const auto &pair : merged + own) {
            if (const auto it = at.constFind(pair.first.identity); it != at.constEnd()) {
                map.members[*it].second = pair.second;
                continue;
            }
            at.insert(pair.first.identity, map.members.size());
            map.identities << pair.first.identity;
            map.members << std::pair{pair.first.text, pair.second};
        }
    }

    const YamlLimits &m_limits;
    std::vector<Frame> m_stack;
    std::map<YAML::anchor_t, YamlNode::Ptr> m_anchors;
    YamlNode::Ptr m_root;
};
} // namespace

Expected<QList<YamlNode::Ptr>, YamlError> Yaml::parse(const QByteArray &text, const YamlLimits &limits)
{
    if (text.size() > limits.maxBytes)
        return YamlError{u"the file is %1 bytes; a YAML file of more than %2 bytes is not read"_s.arg(text.size()).arg(limits.maxBytes)};
    std::istringstream in(text.toStdString());
    Builder builder(limits);
    try {
        YAML::Parser parser(in);
        while (parser.HandleNextDocument(builder))
            if (builder.documents.size() > limits.maxDocuments)
                return YamlError{u"the file holds more than %1 documents"_s.arg(limits.maxDocuments)};
    } catch (const Refused &r) {
        return r.error;
    } catch (const YAML::Exception &e) {
        return YamlError{QString::fromStdString(e.msg), int(e.mark.line) + 1, int(e.mark.column) + 1};
    }
    return builder.documents;
}

Expected<QList<YamlNode::Ptr>, YamlError> Yaml::readFile(const QString &path, const YamlLimits &limits)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return YamlError{u"cannot be read: %1"_s.arg(f.errorString())};
    if (f.size() > limits.maxBytes)
        return YamlError{u"the file is %1 bytes; a YAML file of more than %2 bytes is not read"_s.arg(f.size()).arg(limits.maxBytes)};
    return parse(f.read(limits.maxBytes + 1), limits);
}

namespace {
QJsonValue scalarJson(const YamlNode &n)
{
    switch (n.kind) {
    case YamlNode::Kind::Bool: return n.boolean;
    case YamlNode::Kind::String: return n.text;
    default: return QJsonValue::Null;
    }
}

// Keys in file order (QJsonObject would sort them): written by hand.
void writeJson(const YamlNode &n, QByteArray &out)
{
    if (n.kind == YamlNode::Kind::Mapping) {
        out += '{';
        bool first = true;
        for (const auto &[k, v] : n.members) {
            if (!first)
                out += ", ";
            first = false;
            out += QJsonDocument(QJsonArray{k}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
            out += ": ";
            writeJson(*v, out);
        }
        out += '}';
    } else if (n.kind == YamlNode::Kind::Sequence) {
        out += '[';
        bool first = true;
        for (const auto &i : n.items) {
            if (!first)
                out += ", ";
            first = false;
            writeJson(*i, out);
        }
        out += ']';
    } else if (n.kind == YamlNode::Kind::Float && !std::isfinite(n.number)) {
        out += std::isnan(n.number) ? "NaN" : n.number < 0 ? "-Infinity" : "Infinity"; // as json.dumps writes them
    } else if (n.kind == YamlNode::Kind::Int || n.kind == YamlNode::Kind::Float) {
        out += n.text.toUtf8();
    } else {
        out += QJsonDocument(QJsonArray{scalarJson(n)}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    }
}
} // namespace

QByteArray Yaml::toJson(const YamlNode &node)
{
    QByteArray out;
    writeJson(node, out);
    return out;
}

} // namespace fstudio
