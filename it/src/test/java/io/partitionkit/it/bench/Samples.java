package io.partitionkit.it.bench;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the benchmarks time their runs and print them: durations, medians, percentiles, sizes. */
final class Samples {

    private Samples() {
    }

    static double secondsSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** The nearest-rank median: the middle value, the lower middle one of an even count. */
    static double median(List<Double> values) {
        return percentile(values.stream().mapToDouble(Double::doubleValue).sorted().toArray(), 50);
    }

    /** The nearest-rank percentile of sorted values (100: the largest; 50 of an even count: the lower middle one). */
    static double percentile(double[] sorted, double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    static String megabytes(double bytes) {
        return String.format(Locale.ROOT, "%.2f MB", bytes / (1024 * 1024));
    }

    static String rounded(List<Double> values, int decimals) {
        return values.stream().map(value -> String.format(Locale.ROOT, "%." + decimals + "f", value))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
