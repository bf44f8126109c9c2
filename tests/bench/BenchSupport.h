#pragma once

// Shared by the benchmarks under tests/bench: timing, and printing a figure with
// its ratio to a baseline measured in the same run. No thresholds here: the
// targets are in the issues, the figures go to the closing notes.

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace pasban::bench {

// True when the benchmark was started with --smoke: run once with tiny sizes so
// the test build proves it still works, and print nothing to compare.
inline bool isSmoke(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (QString::fromLocal8Bit(argv[i]) == u"--smoke")
            return true;
    }
    return false;
}

// Seconds taken by one call of `work`.
inline double secondsFor(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e9;
}

// The median of `rounds` timings of `work` (which must do the same amount each time).
inline double medianSeconds(int rounds, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < std::max(rounds, 1); ++i)
        times.push_back(secondsFor(work));
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

inline void printHeader(const char *benchmark, const char *what)
{
    std::printf("== %s: %s\n", benchmark, what);
}

// "  registry ingest: 812345 reports/s (baseline parse only: 2012345 reports/s, ratio 0.40)"
inline void printRate(const char *name, double perSecond, const char *unit, const char *baselineName = nullptr,
                      double baselinePerSecond = 0)
{
    if (baselineName && baselinePerSecond > 0) {
        std::printf("  %s: %.0f %s (baseline %s: %.0f %s, ratio %.2f)\n", name, perSecond, unit, baselineName,
                    baselinePerSecond, unit, perSecond / baselinePerSecond);
    } else {
        std::printf("  %s: %.0f %s\n", name, perSecond, unit);
    }
    std::fflush(stdout);
}

inline void printValue(const char *name, double value, const char *unit)
{
    std::printf("  %s: %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

} // namespace pasban::bench
