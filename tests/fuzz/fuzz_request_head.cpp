// The emulator's look at a request head before Qt's HTTP server reads the body.
#include "fuzzinput.h"

#include "core/http/httprequesthead.h"

using namespace fstudio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const HttpRequestHead h = HttpRequestHead::parse(input, 4096);
    FS_FUZZ_CHECK(h.path.size() <= 2000);
    FS_FUZZ_CHECK(h.method.size() <= 16);
    if (h.state == HttpRequestHead::State::Complete)
        FS_FUZZ_CHECK(h.contentLength >= -1 && h.contentLength < 1000000000000000LL);
    return 0;
}
