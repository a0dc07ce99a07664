// The handler inspector reads Python source without running it: any text must give a report
// (findings with line numbers inside the file), in bounded time.
#include "fuzzinput.h"

#include "core/python/handlerinspector.h"

using namespace fstudio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString source = fuzz::text(data, size);
    const HandlerReport report = HandlerInspector::inspectSource(source);
    // Python ends a line at \n, \r\n or a lone \r.
    QString normalised = source;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const qsizetype lines = normalised.count(QLatin1Char('\n')) + normalised.count(QLatin1Char('\r')) + 1;
    for (const HandlerFinding &f : report.findings)
        FS_FUZZ_CHECK(f.line >= 0 && f.line <= lines + 1);
    return 0;
}
