package org.casebridge.deploy.bench;

import java.awt.BasicStroke;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Writes {@code results.md} and the charts it links. */
final class Report {

    private Report() {}

    static Path write(
            Benchmark.Settings settings,
            RawPostgres.Result raw,
            Benchmark.Throughput p1,
            Optional<ReferralLatency.Result> warmUp,
            List<ReferralLatency.Result> p2,
            List<StackProcesses.Span> p2Cpu,
            List<Rebuild.Result> p3,
            Map<String, Double> pss,
            Map<String, Double> startup,
            String serviceJvmOptions,
            String consumerThreads)
            throws IOException {
        Path out = settings.output();
        Benchmark.ensureDirectory(out);
        StringBuilder md = new StringBuilder();
        md.append("# Casebridge benchmark results\n\n");
        md.append(
                        "Written by `deploy/benchmark/run` (see [README](README.md)). Every rate is compared with raw PostgreSQL")
                .append(" measured in the same run on the same machine.\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| date | ")
                .append(java.time.Clock.system(java.time.ZoneOffset.UTC).instant())
                .append(" |\n");
        md.append("| machine | ").append(settings.machine()).append(" |\n");
        md.append("| commit | ").append(settings.commit()).append(" |\n");
        md.append("| services' JVM options | `").append(serviceJvmOptions).append("` |\n");
        md.append("| Kafka consumer threads a listener | ")
                .append(consumerThreads)
                .append(" |\n");
        md.append("| also running | ").append(settings.alsoRunning()).append(" |\n\n");

        md.append("## The machine's limit (raw JDBC)\n\n");
        md.append("| measure | value |\n|---|---|\n");
        md.append(row(
                "single-row-commit inserts of event-store-shaped rows, " + settings.clients() + " clients, "
                        + raw.payloadBytes() + "-byte payload (median IncidentReportedEvent)",
                raw.insertsPerSecond(),
                "/s"));
        md.append(row("sequential reads of those rows, 100 a query", raw.rowsReadPerSecond(), " rows/s"));
        md.append('\n');

        md.append("## P1: incident reports through HTTP\n\n");
        md.append("| measure | value |\n|---|---|\n");
        md.append(row("`POST /api/cases` answered 201, " + settings.clients() + " clients", p1.perSecond(), "/s"));
        md.append("| errors | ").append(p1.errors()).append(" |\n");
        md.append("| ratio to raw inserts | ")
                .append(fmt(p1.perSecond() / raw.insertsPerSecond(), 3))
                .append(" |\n\n");
        md.append("CPU seconds per report, per process (user + system from `/proc/<pid>/stat`):\n\n");
        md.append("| process | CPU ms per report |\n|---|---|\n");
        p1.cpuSecondsPerRequest()
                .forEach((part, seconds) -> md.append("| ")
                        .append(part)
                        .append(" | ")
                        .append(fmt(seconds * 1000, 2))
                        .append(" |\n"));
        md.append('\n');

        md.append("## P2: referral to police inbox and to signed webhook\n\n");
        md.append(
                        "From the referral's 2xx to the escalation showing in the force's inbox (one reader asks for what has just arrived, `GET /api/escalations?status=active&sort=arrived&limit=N`, naming the rows it has by their ETag and preferring to wait up to 5 s for a change, as an inbox screen that keeps itself current would (ADR 0101), N being the referrals it waits for and 20 more in twenties, at most 100 (ADR 0100); a referral not seen there 2 s after its 2xx is also read by id every 250 ms: ADR 0080), and to")
                .append(
                        " the agency's webhook reaching a local receiver with a valid Standard Webhooks signature.\n\n");
        warmUp.ifPresent(w -> md.append("Before the first rate, ")
                .append(w.referrals().size())
                .append(" referrals at 2 a second took the paths P1 does not use (the police's escalation, the"
                        + " agency's webhook), so that the rates below measure them warm; they are not counted"
                        + " there. Their inbox latency was at most ")
                .append(fmt(w.inbox().percentile(100), 0))
                .append(" ms, their webhook's at most ")
                .append(fmt(w.webhook().percentile(100), 0))
                .append(" ms.\n\n"));
        md.append("Each rate is offered for its seconds; a referral whose three requests had not all been answered by"
                + " the end of its drain time is not counted, so the referrals column shows what the stack kept up"
                + " with.\n\n");
        md.append("| rate /s | referrals | failed | path | p50 ms | p95 ms | p99 ms | max ms | missing |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (ReferralLatency.Result r : p2) {
            int n = r.referrals().size();
            latencyRow(md, r, "police inbox", r.inbox(), n - r.inbox().count());
            latencyRow(md, r, "signed webhook", r.webhook(), n - r.webhook().count());
        }
        md.append('\n');
        for (ReferralLatency.Result r : p2) {
            answered(md, r);
        }
        md.append('\n');
        List<Capacity.Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < p2.size(); i++) {
            verdicts.add(Capacity.of(p2.get(i), p2Cpu.get(i)));
        }
        Capacity.table(md, verdicts);
        md.append("![99th percentile against the rate](")
                .append(Capacity.chart(out, verdicts))
                .append(")\n\n");
        for (int i = 0; i < p2.size(); i++) {
            ReferralLatency.Result r = p2.get(i);
            md.append("Per hop at ")
                    .append(fmt(r.rate(), 0))
                    .append(" referrals/s (database timestamps: the event's")
                    .append(
                            " time, the publisher's ledger row after Kafka acknowledged, each consumer's inbox row):\n\n");
            md.append(
                    "| hop | p50 ms | p99 ms | mean ms | share of mean to inbox or webhook |\n|---|---|---|---|---|\n");
            double inboxMean = r.inbox().mean();
            double webhookMean = r.webhook().mean();
            r.hops().forEach((hop, m) -> {
                double base = hop.contains("notification") ? webhookMean : inboxMean;
                md.append("| ")
                        .append(hop)
                        .append(" | ")
                        .append(fmt(m.percentile(50), 0))
                        .append(" | ")
                        .append(fmt(m.percentile(99), 0))
                        .append(" | ")
                        .append(fmt(m.mean(), 0))
                        .append(" | ")
                        .append(fmt(100 * m.mean() / base, 0))
                        .append("% |\n");
            });
            r.failures()
                    .forEach((cause, count) -> md.append("\nFailed referrals: ")
                            .append(count)
                            .append(" x ")
                            .append(cause)
                            .append('.'));
            md.append("\nWebhooks with a bad signature: ")
                    .append(r.badSignatures())
                    .append("; delivered twice: ")
                    .append(r.duplicateWebhooks())
                    .append("; inbox readings that failed: ")
                    .append(r.inboxReadFailures())
                    .append(".\n\n");
            cpu(md, r, p2Cpu.get(i));
            md.append("![latency over the run at ")
                    .append(fmt(r.rate(), 0))
                    .append("/s](")
                    .append(timeline(out, r))
                    .append(")\n\n");
        }
        md.append("![latency distribution](").append(distribution(out, p2)).append(")\n\n");

        md.append("## P3: read-model rebuild\n\n");
        md.append(
                        "An operator's replay of each of case-service's projections (ADR 0050), from the request to the group")
                .append(" reporting it done; every event of the store passes the processor, the projection applies its")
                .append(" own.\n\n");
        md.append("| processing group | events | seconds | events/s | ratio to raw sequential reads |\n")
                .append("|---|---|---|---|---|\n");
        for (Rebuild.Result r : p3) {
            md.append("| ")
                    .append(r.group())
                    .append(" | ")
                    .append(r.events())
                    .append(" | ")
                    .append(fmt(r.seconds(), 1))
                    .append(" | ")
                    .append(fmt(r.perSecond(), 0))
                    .append(" | ")
                    .append(fmt(r.perSecond() / raw.rowsReadPerSecond(), 3))
                    .append(" |\n");
        }
        md.append('\n');

        md.append("## Memory and start-up\n\n");
        md.append("| process | PSS MiB | start-up s (`application.ready.time`) |\n|---|---|---|\n");
        double total = 0;
        for (var part : pss.entrySet()) {
            total += part.getValue();
            Double started = startup.get(part.getKey());
            md.append("| ")
                    .append(part.getKey())
                    .append(" | ")
                    .append(fmt(part.getValue(), 0))
                    .append(" | ")
                    .append(started == null ? "" : fmt(started, 1))
                    .append(" |\n");
        }
        md.append("| **stack** | **").append(fmt(total, 0)).append("** | |\n\n");
        md.append("![throughput against the machine's limit](")
                .append(throughput(out, raw, p1))
                .append(")\n");

        Path results = out.resolve("results.md");
        Files.writeString(results, md);
        return results;
    }

    /**
     * Over how long the rate's referrals were answered: an open-model rate the stack cannot keep up with queues at
     * case-service, and the answers then spread beyond the rate's seconds. The latencies above start at each answer,
     * so this is the queue they do not show.
     */
    static void answered(StringBuilder md, ReferralLatency.Result r) {
        double spread = Capacity.spreadSeconds(r);
        if (Double.isNaN(spread)) {
            return;
        }
        md.append("At ")
                .append(fmt(r.rate(), 0))
                .append(" referrals/s offered for ")
                .append(fmt(r.seconds(), 0))
                .append(" s, the ")
                .append(r.referrals().size())
                .append(" referrals were answered over ")
                .append(fmt(spread, 1))
                .append(" s: ")
                .append(fmt(Capacity.answeredPerSecond(r), 1))
                .append(" a second.\n");
    }

    /**
     * The CPU each process used over a rate and its drain, a referral's share of it, and how busy the whole machine
     * was: what says whether the latency above is a slow hop or a machine with no time to spare.
     */
    static void cpu(StringBuilder md, ReferralLatency.Result r, StackProcesses.Span used) {
        int referrals = r.referrals().size();
        md.append("CPU over the rate and its drain at ")
                .append(fmt(r.rate(), 0))
                .append(" referrals/s (user + system from `/proc/<pid>/stat`; the machine's from `/proc/stat`): the")
                .append(" machine was busy ")
                .append(fmt(100 * used.machineBusyShare(), 1))
                .append("% of its cores' time, idle ")
                .append(fmt(used.machineIdleSeconds(), 1))
                .append(" s of ")
                .append(fmt(used.machineBusySeconds() + used.machineIdleSeconds(), 1))
                .append(" s.\n\n");
        md.append("| process | CPU s | CPU ms per referral |\n|---|---|---|\n");
        used.cpuSeconds()
                .forEach((part, seconds) -> md.append("| ")
                        .append(part)
                        .append(" | ")
                        .append(fmt(seconds, 1))
                        .append(" | ")
                        .append(referrals == 0 ? "" : fmt(1000 * seconds / referrals, 1))
                        .append(" |\n"));
        md.append('\n');
    }

    private static void latencyRow(StringBuilder md, ReferralLatency.Result r, String path, Measures m, int missing) {
        md.append("| ")
                .append(fmt(r.rate(), 0))
                .append(" | ")
                .append(r.referrals().size())
                .append(" | ")
                .append(r.failed())
                .append(" | ")
                .append(path)
                .append(" | ")
                .append(fmt(m.percentile(50), 0))
                .append(" | ")
                .append(fmt(m.percentile(95), 0))
                .append(" | ")
                .append(fmt(m.percentile(99), 0))
                .append(" | ")
                .append(fmt(m.max(), 0))
                .append(" | ")
                .append(missing)
                .append(" |\n");
    }

    private static String timeline(Path out, ReferralLatency.Result r) throws IOException {
        XYSeries inbox = new XYSeries("police inbox");
        XYSeries webhook = new XYSeries("signed webhook");
        long start = r.referrals().isEmpty() ? 0 : r.referrals().getFirst().referredAt;
        for (ReferralLatency.Referral referral : r.referrals()) {
            double x = (referral.referredAt - start) / 1000.0;
            if (referral.inboxAt > 0) {
                inbox.add(x, referral.inboxAt - referral.referredAt);
            }
            if (referral.webhookAt > 0) {
                webhook.add(x, referral.webhookAt - referral.referredAt);
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(inbox);
        data.addSeries(webhook);
        JFreeChart chart = ChartFactory.createScatterPlot(
                "Referral latency over the run, " + fmt(r.rate(), 0) + " referrals/s",
                "seconds into the run",
                "ms after the referral's 2xx",
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        String name = "p2-timeline-" + fmt(r.rate(), 0) + ".png";
        ChartUtils.saveChartAsPNG(out.resolve(name).toFile(), chart, 900, 450);
        return name;
    }

    private static String distribution(Path out, List<ReferralLatency.Result> p2) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        for (ReferralLatency.Result r : p2) {
            data.addSeries(cdf("inbox at " + fmt(r.rate(), 0) + "/s", r.inbox()));
            data.addSeries(cdf("webhook at " + fmt(r.rate(), 0) + "/s", r.webhook()));
        }
        JFreeChart chart = ChartFactory.createXYLineChart(
                "Referral latency distribution",
                "ms after the referral's 2xx",
                "share of referrals",
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
        ChartUtils.saveChartAsPNG(out.resolve("p2-distribution.png").toFile(), chart, 900, 450);
        return "p2-distribution.png";
    }

    private static XYSeries cdf(String name, Measures m) {
        XYSeries series = new XYSeries(name);
        List<Double> sorted = m.sorted();
        for (int i = 0; i < sorted.size(); i++) {
            series.add(sorted.get(i).doubleValue(), (i + 1.0) / sorted.size());
        }
        return series;
    }

    private static String throughput(Path out, RawPostgres.Result raw, Benchmark.Throughput p1) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(raw.insertsPerSecond(), "per second", "raw single-row inserts");
        data.addValue(p1.perSecond(), "per second", "P1 reports through HTTP");
        JFreeChart chart = ChartFactory.createBarChart(
                "Reports per second against the machine's limit",
                "",
                "per second",
                data,
                PlotOrientation.VERTICAL,
                false,
                false,
                false);
        ChartUtils.saveChartAsPNG(out.resolve("p1-throughput.png").toFile(), chart, 700, 400);
        return "p1-throughput.png";
    }

    private static String row(String measure, double value, String unit) {
        return "| " + measure + " | " + fmt(value, 0) + unit + " |\n";
    }

    static String fmt(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
