// Toolkit files: any text is read as YAML within its bounds (size, depth, alias expansion), read as
// functions and schedules, and has variables filled; nothing crashes, every finding names a line
// that can exist, and an unresolved placeholder is never a value.
#include "fuzzinput.h"

#include "core/toolkit/toolkitexport.h"
#include "core/toolkit/toolkitfunction.h"
#include "core/toolkit/toolkitproject.h"
#include "core/yaml/yamlnode.h"

#include <QRegularExpression>

using namespace fstudio;

namespace {
void checkTree(const YamlNode &n, int depth)
{
    FS_FUZZ_CHECK(depth <= 70);
    FS_FUZZ_CHECK(n.expandedSize <= 100000);
    FS_FUZZ_CHECK(n.line >= 0);
    for (const auto &i : n.items)
        checkTree(*i, depth + 1);
    for (const auto &m : n.members)
        checkTree(*m.second, depth + 1);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype lines = input.count('\n') + 1;
    if (const auto docs = Yaml::parse(input)) {
        for (const auto &d : *docs) {
            checkTree(*d, 0);
            Yaml::toJson(*d);
        }
    } else {
        FS_FUZZ_CHECK(docs.error().line >= 0 && docs.error().line <= lines + 1);
    }
    Findings findings;
    for (const ToolkitDefinition &d : ToolkitFunction::parseAll(input, QStringLiteral("f.yaml"), &findings)) {
        static const QRegularExpression placeholder(QStringLiteral("\\{\\{.*?\\}\\}"));
        FS_FUZZ_CHECK(!placeholder.match(d.function.name).hasMatch());
        FS_FUZZ_CHECK(!placeholder.match(d.function.description.value_or(QString())).hasMatch());
        // An export of what was read reads back.
        Function f;
        f.name = d.function.name;
        f.externalId = d.function.externalId;
        f.description = d.function.description;
        f.envVars = d.function.envVars;
        const auto back = Yaml::parse(ToolkitExport::functionYaml(f, d.dataSetExternalId));
        FS_FUZZ_CHECK(back.hasValue());
    }
    ToolkitFunction::parseSchedules(input, QStringLiteral("s.yaml"), &findings);
    for (const Finding &f : findings)
        FS_FUZZ_CHECK(f.line >= 0 && f.line <= lines + 1);
    // Variables filled into the text itself, as the build does.
    ToolkitProject::Variables vars;
    vars.source = QStringLiteral("config.dev.yaml");
    if (const auto docs = Yaml::parse("a: text\nb: [x, 'y z', 1]\nc: '12'\nd: 'v\\\\w'\n"))
        for (const auto &[k, v] : docs->first()->members)
            vars.values << ToolkitProject::Variable{k, v, QString()};
    Findings substituted;
    ToolkitProject::substitute(fuzz::text(data, size), vars, QStringLiteral("f.yaml"), &substituted);
    return 0;
}
