// The one-shot HTTP answer parser (api::OneShotHttp): any bytes, split into reads at positions the
// input chooses, must end in a bounded state; the same bytes in one read must give the same result.
#include "fuzzinput.h"

#include "core/http/httpresponseparser.h"

using namespace fstudio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const size_t step = 1 + data[0] % 64; // the first byte picks the read size
    const bool close = data[1] & 1;
    const QByteArray input = fuzz::bytes(data + 2, size - 2);
    constexpr qint64 Max = 4096;

    HttpResponseParser split(Max);
    for (qsizetype i = 0; i < input.size() && split.state() == HttpResponseParser::State::NeedMore; i += qsizetype(step))
        split.feed(QByteArrayView(input).sliced(i, std::min<qsizetype>(qsizetype(step), input.size() - i)));
    if (close)
        split.finish();
    HttpResponseParser whole(Max);
    whole.feed(input);
    if (close)
        whole.finish();

    FS_FUZZ_CHECK(split.body().size() <= Max);
    FS_FUZZ_CHECK(split.state() == whole.state());
    if (split.state() == HttpResponseParser::State::Complete) {
        FS_FUZZ_CHECK(split.body() == whole.body());
        FS_FUZZ_CHECK(split.status() >= 101 && split.status() <= 599);
    }
    if (split.state() == HttpResponseParser::State::Failed)
        FS_FUZZ_CHECK(!split.error().isEmpty());
    return 0;
}
