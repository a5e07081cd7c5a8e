#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace shuzai::bench {

// One measured figure next to the machine's own limit for the same work, measured in the same
// run (absolute times say little on another machine; the ratio does).
struct Figure {
    QString name;           // what was measured
    QString limitName;      // what the limit is
    double value = 0;       // milliseconds
    double limit = 0;       // milliseconds
    double valueRssMb = -1; // peak resident memory of a whole process, when measured
    double limitRssMb = -1;
    QString detail; // hits, rows, sizes

    double ratio() const { return limit > 0 ? value / limit : 0; }
};

// The median of `runs` timings of `work`, in milliseconds (one untimed warm-up run first when
// `warmUp`).
double medianMs(int runs, const std::function<void()> &work, bool warmUp = true);

// Peak resident memory of this process so far (VmHWM), in MB.
double peakRssMb();
// The resident memory now, and a fresh start for peakRssMb() (Linux's clear_refs), so one piece
// of work's peak can be read after it.
double residentMb();
void resetPeakRss();

QString table(const QList<Figure> &figures);
QJsonObject toJson(const Figure &figure);

} // namespace shuzai::bench
