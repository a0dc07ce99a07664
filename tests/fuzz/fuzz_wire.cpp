// The wire decoders (both sides: the client reads answers with them, the emulator reads request
// bodies with them). Any JSON must decode or give an error naming a field, never crash; what
// decodes must encode and decode again to the same JSON.
#include "fuzzinput.h"

#include "core/wire/callrequest.h"
#include "core/wire/callresponse.h"
#include "core/wire/cdferror.h"
#include "core/wire/filecreate.h"
#include "core/wire/filemetadata.h"
#include "core/wire/function.h"
#include "core/wire/functioncall.h"
#include "core/wire/functionschedule.h"
#include "core/wire/functionslimits.h"
#include "core/wire/functionwrite.h"
#include "core/wire/identifier.h"
#include "core/wire/jsonreader.h"
#include "core/wire/logentry.h"
#include "core/wire/schedulewrite.h"
#include "core/wire/session.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace fstudio;

namespace {
template<typename T> void roundTrip(const QJsonValue &v)
{
    const auto decoded = T::fromJson(v);
    if (!decoded) {
        FS_FUZZ_CHECK(!decoded.error().toString().isEmpty());
        return;
    }
    const QJsonObject again = decoded->toJson();
    const auto second = T::fromJson(again);
    FS_FUZZ_CHECK(bool(second));
    FS_FUZZ_CHECK(second->toJson() == again);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray body = fuzz::bytes(data + 1, size - 1);
    (void)CdfError::fromBody(400 + data[0] % 200, body);
    const auto parsed = parseJsonObject(body);
    if (!parsed)
        return 0;
    const QJsonValue v(*parsed);
    switch (data[0] % 11) {
    case 0: roundTrip<Function>(v); break;
    case 1: roundTrip<FunctionWrite>(v); break;
    case 2: roundTrip<FunctionCall>(v); break;
    case 3: roundTrip<FunctionSchedule>(v); break;
    case 4: roundTrip<ScheduleWrite>(v); break;
    case 5: (void)CallRequest::fromJson(*parsed); break;
    case 6: (void)CallResponse::fromJson(v); break;
    case 7: (void)LogEntry::fromJson(v); break;
    case 8: (void)FunctionsLimits::fromJson(*parsed); break;
    case 9: (void)Identifier::listFromJson(parsed->value(QLatin1StringView("items")), QStringLiteral("items")); break;
    case 10:
        (void)FileCreate::fromJson(*parsed);
        (void)FileMetadata::fromJson(v);
        (void)Session::fromJson(v);
        break;
    }
    return 0;
}
