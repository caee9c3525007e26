#pragma once
// The reading half of bench-scale: varied filters (with the same filters written for pandas),
// and their timings through the window's own model and the core queries, on a store opened
// read-only.
#include "query/FlowFilter.h"

#include <QJsonObject>
#include <QList>
#include <functional>

namespace odema::bench {

struct FilterSpec {
    FlowFilter filter;
    QJsonObject json; ///< the same filter in codes, for the pandas script
};

/// `count` filters as users vary them: a région or a département with what it contains, one
/// waste stream, three years, free text with a first year, everything.
QList<FilterSpec> variedFilters(const QString &db, int count);
void writeFilterSpecs(const QList<FilterSpec> &filters, const QString &path);

struct QueryTimes {
    QList<double> firstScreen, totals, pivot; ///< ms per filter
    double sortByTonnes = 0;                  ///< ms, first time on a fresh model
    double chartBuild = 0;                    ///< ms, slower of evolution and composition (median of cold builds)
};

using Log = std::function<void(const QString &)>;
QueryTimes measureQueries(const QString &db, const QList<FilterSpec> &filters, const Log &log);

/// Reads every row through the table model, in tonnes order; prints "... peak N MB". Run in a
/// child process so that nothing else counts in its peak memory.
int scrollEveryRow(const QString &db, const Log &log);

double percentile(QList<double> values, double p);

} // namespace odema::bench
