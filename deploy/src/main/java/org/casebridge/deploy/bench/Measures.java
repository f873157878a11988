package org.casebridge.deploy.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latency samples in milliseconds and their percentiles (nearest rank). */
final class Measures {

    private final List<Double> samples = new ArrayList<>();

    synchronized void add(double millis) {
        samples.add(millis);
    }

    synchronized List<Double> sorted() {
        List<Double> copy = new ArrayList<>(samples);
        Collections.sort(copy);
        return copy;
    }

    synchronized int count() {
        return samples.size();
    }

    /** The p-th percentile (0 < p <= 100) by nearest rank, or NaN without samples. */
    double percentile(double p) {
        List<Double> sorted = sorted();
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.min(sorted.size(), Math.max(1, rank)) - 1);
    }

    double max() {
        List<Double> sorted = sorted();
        return sorted.isEmpty() ? Double.NaN : sorted.getLast();
    }

    double mean() {
        List<Double> sorted = sorted();
        return sorted.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
