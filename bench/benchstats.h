#pragma once

#include <vector>

// Summaries of repeated measurements.
namespace BenchStats {
double median(std::vector<double> values);
// Nearest-rank percentile, q in (0, 1]: the smallest value with at least q of the samples at or below it.
double percentile(std::vector<double> values, double q);
} // namespace BenchStats
