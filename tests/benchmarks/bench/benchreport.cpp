#include "benchreport.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>

namespace shuzai::bench {

double medianMs(int runs, const std::function<void()> &work, bool warmUp)
{
    if (warmUp)
        work();
    QList<double> times;
    for (int n = 0; n < std::max(1, runs); ++n) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

namespace {
double statusMb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}
} // namespace

double peakRssMb()
{
    return statusMb("VmHWM:");
}

double residentMb()
{
    return statusMb("VmRSS:");
}

void resetPeakRss()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

namespace {
QString number(double ms)
{
    if (ms < 0)
        return QStringLiteral("-");
    return ms < 10 ? QString::number(ms, 'f', 2) : QString::number(ms, 'f', 1);
}
} // namespace

QString table(const QList<Figure> &figures)
{
    int nameWidth = 6, limitWidth = 5;
    for (const Figure &f : figures) {
        nameWidth = std::max(nameWidth, int(f.name.size()));
        limitWidth = std::max(limitWidth, int(f.limitName.size()));
    }
    QString out = QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                      .arg(QStringLiteral("figure"), -nameWidth)
                      .arg(QStringLiteral("ms"), 9)
                      .arg(QStringLiteral("limit"), -limitWidth)
                      .arg(QStringLiteral("ms"), 9)
                      .arg(QStringLiteral("ratio"), 7)
                      .arg(QStringLiteral("detail"));
    for (const Figure &f : figures) {
        QString detail = f.detail;
        if (f.valueRssMb >= 0) {
            detail += QStringLiteral("%1RSS %2 MB vs %3 MB")
                          .arg(detail.isEmpty() ? QString() : QStringLiteral("; "))
                          .arg(f.valueRssMb, 0, 'f', 1)
                          .arg(f.limitRssMb, 0, 'f', 1);
        }
        out += QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                   .arg(f.name, -nameWidth)
                   .arg(number(f.value), 9)
                   .arg(f.limitName, -limitWidth)
                   .arg(number(f.limit), 9)
                   .arg(QString::number(f.ratio(), 'f', 2) + u'x', 7)
                   .arg(detail);
    }
    return out;
}

QJsonObject toJson(const Figure &f)
{
    QJsonObject o{{QStringLiteral("figure"), f.name},
                  {QStringLiteral("ms"), f.value},
                  {QStringLiteral("limit"), f.limitName},
                  {QStringLiteral("limit_ms"), f.limit},
                  {QStringLiteral("ratio"), f.ratio()}};
    if (!f.detail.isEmpty())
        o.insert(QStringLiteral("detail"), f.detail);
    if (f.valueRssMb >= 0) {
        o.insert(QStringLiteral("rss_mb"), f.valueRssMb);
        o.insert(QStringLiteral("limit_rss_mb"), f.limitRssMb);
    }
    return o;
}

} // namespace shuzai::bench
