#pragma once

#include "core/rules/finding.h"
#include "core/yaml/yamlnode.h"

#include <QStringList>

#include <optional>

namespace fstudio {

// The Cognite Toolkit project around a module folder, and the variables `cdf build` fills in
// (docs/cdf-api-notes.md §12). The project's root (the Toolkit's "organization dir") holds
// `config.<env>.yaml` files and `modules/`; each config's `variables:` is a tree that mirrors the
// folders below the root, a module getting the variables on its path (deeper ones win). A
// module's own `default.config.yaml` is what `cdf modules init` copies into a config: the build
// does not read it, so here it gives values only when there is no config at all.
class ToolkitProject
{
public:
    QString root;
    QStringList environments; // the <env> of each config.<env>.yaml, sorted

    static constexpr int MaxLevels = 8; // folders looked at above the module
    static constexpr qint64 MaxConfigBytes = 1024 * 1024;
    static constexpr qsizetype MaxSubstitutedChars = 4 * 1024 * 1024; // a filled file larger than this is not read
    static constexpr int MaxUnresolvedNamed = 50; // per file; the rest are counted

    // The project that holds path: the nearest folder above it with a config.<env>.yaml, or the
    // folder a cdf.toml there names as its default_organization_dir.
    static std::optional<ToolkitProject> around(const QString &path);
    // "dev" when there is one, else the first; empty without environments.
    static QString defaultEnvironment(const QStringList &environments);

    struct Variable
    {
        QString name;
        YamlNode::Ptr value;
        QString scope; // the variables path that gave it: "", "modules", "modules/my_module"
    };
    struct Variables
    {
        QString environment; // the <env> of the config read, or empty
        QString source; // the file the values come from
        QString cdfProject; // the config's environment.project
        QList<Variable> values; // deepest scope first, as the build applies them
        QList<Variable> defaults; // the module's default.config.yaml
        QString defaultsFile;
        Findings findings; // config problems, the module not selected, repeated modules
        const Variable *find(const QString &name) const;
    };
    // The variables of the module in that environment (a config.<env>.yaml of this project).
    Variables variablesFor(const QString &moduleDir, const QString &environment) const;
    // A module outside any project: its default.config.yaml, if it has one.
    static Variables moduleDefaults(const QString &moduleDir);

    // Fills {{ name }} in a YAML text as `cdf build` does: on the text, before it is read; strings
    // as they are (digits only, or ending in ":", in double quotes), booleans as True/False,
    // numbers as Python writes them, a list alone on its line as block items, elsewhere as Python's
    // repr. What stays unresolved is a finding on its line, named, and never a value.
    static QString substitute(const QString &text, const Variables &variables, const QString &file, Findings *findings);
};

} // namespace fstudio
