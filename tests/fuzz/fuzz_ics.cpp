// iCalendar busy times through libical, over a month in Tokyo time and (for half the inputs)
// without a range, repeating events expanded up to the cap. Every refusal must name the file.
#include "calendar/icalendar.h"
#include "fuzzcheck.h"

#include <QTimeZone>

namespace {
void check(const shuzai::Result<shuzai::ical::BusyRead> &read, const QString &source)
{
    if (!read) {
        FUZZ_CHECK(read.error().untranslatedMessage().contains(source));
        return;
    }
    FUZZ_CHECK(read->periods.size() <= shuzai::ical::limits::kMaxBusyPeriods);
    FUZZ_CHECK(read->entries == read->kept + read->outsideRange + read->cancelled + read->free);
    for (const shuzai::BusyPeriod &p : read->periods) {
        FUZZ_CHECK(p.start.isValid() && p.end.isValid());
        FUZZ_CHECK(p.end >= p.start);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace shuzai;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString source = QStringLiteral("fuzz.ics");
    // Without a range every repeating event expands to 5,000 occurrences, which is slow under
    // the sanitizers: half the inputs (by length) take that path.
    if (size % 2)
        check(ical::readBusyTimes(bytes, source), source);
    const QTimeZone tokyo("Asia/Tokyo");
    const ical::Range may{QDateTime(QDate(2025, 5, 1), QTime(0, 0), tokyo).toUTC(),
                          QDateTime(QDate(2025, 6, 1), QTime(0, 0), tokyo).toUTC()};
    check(ical::readBusyTimes(bytes, source, QStringLiteral("Asia/Tokyo"), may), source);
    return 0;
}
