// The week view with hundreds of interviews in view: time to lay out (setData) and paint a
// frame, next to painting a bare Qt widget of the same size in the same run.
#include "calendar/weekview.h"
#include "seed/samplecampaign.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTimeZone>
#include <benchmark/benchmark.h>

using namespace shuzai;
using namespace shuzai::ui;

namespace {
QList<WeekView::Item> items(int count)
{
    QList<WeekView::Item> out;
    const QTimeZone tokyo("Asia/Tokyo");
    for (int n = 0; n < count; ++n) {
        WeekView::Item item;
        item.interview.id = n + 1;
        item.interview.startsAt =
            QDateTime(QDate(2025, 5, 26 + n % 7), QTime(8 + (n / 7) % 12, (n % 4) * 15), tokyo);
        item.interview.minutes = 60;
        item.interview.state = n % 5 ? InterviewState::Planned : InterviewState::Tentative;
        item.title = QStringLiteral("取材先 %1").arg(n);
        item.interview.mode = n % 3 ? InterviewMode::Online : InterviewMode::InPerson;
        item.conflicted = n % 11 == 0;
        out.append(item);
    }
    return out;
}

void BM_BareWidgetPaint(benchmark::State &state)
{
    QWidget bare;
    bare.resize(1200, 800);
    QImage image(bare.size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state)
        bare.render(&image);
}
BENCHMARK(BM_BareWidgetPaint)->Unit(benchmark::kMillisecond);

void BM_WeekViewPaint(benchmark::State &state)
{
    WeekView view;
    view.resize(1200, 800);
    view.setWeekStart(QDate(2025, 5, 26));
    view.setData(sampleCampaign(), items(int(state.range(0))), QDateTime::currentDateTimeUtc());
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state)
        view.render(&image);
}
BENCHMARK(BM_WeekViewPaint)->Arg(100)->Arg(500)->Unit(benchmark::kMillisecond);

void BM_WeekViewSetData(benchmark::State &state)
{
    WeekView view;
    view.resize(1200, 800);
    const QList<WeekView::Item> list = items(int(state.range(0)));
    for (auto _ : state)
        view.setData(sampleCampaign(), list, QDateTime::currentDateTimeUtc());
}
BENCHMARK(BM_WeekViewSetData)->Arg(100)->Arg(500)->Unit(benchmark::kMillisecond);
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
