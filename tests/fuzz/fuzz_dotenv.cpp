// .env import: any text gives values and warnings; every warning names a line that exists.
#include "fuzzinput.h"

#include "core/util/dotenv.h"

using namespace fstudio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzz::text(data, size);
    const DotEnv env = DotEnv::parse(text);
    FS_FUZZ_CHECK(env.warnings.size() <= text.count(QLatin1Char('\n')) + 1);
    for (auto it = env.values.cbegin(); it != env.values.cend(); ++it) {
        FS_FUZZ_CHECK(!it.key().isEmpty());
        FS_FUZZ_CHECK(!it.key().contains(QLatin1Char('\n')) && !it.value().contains(QLatin1Char('\n')));
    }
    return 0;
}
