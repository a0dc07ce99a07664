// .functionignore: any pattern file parses; matching any path is decided by the last rule that
// matches, and "ignored" agrees with the deciding rule.
#include "fuzzinput.h"

#include "core/packaging/ignorerules.h"

using namespace fstudio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString all = fuzz::text(data, size);
    const qsizetype split = all.indexOf(QChar(0));
    const QString patterns = split < 0 ? all : all.left(split);
    const QStringList paths = split < 0 ? QStringList{u"handler.py"_qs, u"a/b/c.txt"_qs, u"x/"_qs} : all.mid(split + 1).split(QLatin1Char('\n'));
    const IgnoreRules rules = IgnoreRules::parse(patterns.left(4096));
    for (const QString &p : paths.mid(0, 16)) {
        for (bool dir : {false, true}) {
            const IgnoreRules::Rule *r = rules.decidingRule(p, dir);
            FS_FUZZ_CHECK(rules.isIgnored(p, dir) == (r && !r->negated));
        }
    }
    return 0;
}
