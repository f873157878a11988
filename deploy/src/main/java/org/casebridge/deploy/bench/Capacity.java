package org.casebridge.deploy.bench;

import static org.casebridge.deploy.bench.Report.fmt;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * P2's rates against issue 15's targets: at which offered rates the 99th percentile reached the police inbox within
 * 250 ms and the signed webhook within 500 ms, with every referral kept up with, and so the highest rate this machine
 * carries within them. One rate says whether the targets hold there; rates from low to high say where they stop.
 */
final class Capacity {

    static final double INBOX_P99_TARGET_MS = 250;
    static final double WEBHOOK_P99_TARGET_MS = 500;

    /** A rate kept up with answers its referrals at no less than this share of the rate offered. */
    static final double KEPT_UP_SHARE = 0.95;

    private Capacity() {}

    /** One rate's figures against the targets. */
    record Verdict(
            double rate,
            double answeredPerSecond,
            double inboxP99,
            double webhookP99,
            boolean complete,
            double machineBusyShare,
            double stackCpuMsPerReferral) {

        boolean keptUp() {
            return answeredPerSecond >= KEPT_UP_SHARE * rate;
        }

        boolean met() {
            return complete && keptUp() && inboxP99 <= INBOX_P99_TARGET_MS && webhookP99 <= WEBHOOK_P99_TARGET_MS;
        }
    }

    static Verdict of(ReferralLatency.Result r, StackProcesses.Span used) {
        int referrals = r.referrals().size();
        boolean complete = r.failed() == 0
                && referrals > 0
                && r.inbox().count() == referrals
                && r.webhook().count() == referrals;
        double stackCpu = used.cpuSeconds().entrySet().stream()
                .filter(part -> !part.getKey().equals(StackProcesses.BENCHMARK))
                .mapToDouble(part -> part.getValue())
                .sum();
        return new Verdict(
                r.rate(),
                answeredPerSecond(r),
                r.inbox().percentile(99),
                r.webhook().percentile(99),
                complete,
                used.machineBusyShare(),
                referrals == 0 ? Double.NaN : 1000 * stackCpu / referrals);
    }

    /**
     * How many referrals a second were answered: the rate offered when the stack kept up, fewer when its requests
     * queued. NaN for fewer than two referrals.
     */
    static double answeredPerSecond(ReferralLatency.Result r) {
        double spread = spreadSeconds(r);
        return spread > 0 ? (r.referrals().size() - 1) / spread : Double.NaN;
    }

    /** Seconds from the first referral's answer to the last's; NaN for fewer than two referrals. */
    static double spreadSeconds(ReferralLatency.Result r) {
        List<ReferralLatency.Referral> referrals = r.referrals();
        if (referrals.size() < 2) {
            return Double.NaN;
        }
        return (referrals.getLast().referredAt - referrals.getFirst().referredAt) / 1000.0;
    }

    /**
     * The highest rate at which the targets held, when they also held at every lower rate measured; empty when they
     * failed at the lowest.
     */
    static Optional<Double> highestMet(List<Verdict> verdicts) {
        Optional<Double> highest = Optional.empty();
        for (Verdict v : verdicts.stream()
                .sorted((a, b) -> Double.compare(a.rate(), b.rate()))
                .toList()) {
            if (!v.met()) {
                break;
            }
            highest = Optional.of(v.rate());
        }
        return highest;
    }

    static void table(StringBuilder md, List<Verdict> verdicts) {
        md.append("**Against the targets.** Issue 15's targets: p99 ")
                .append(fmt(INBOX_P99_TARGET_MS, 0))
                .append(" ms or less to the police inbox and ")
                .append(fmt(WEBHOOK_P99_TARGET_MS, 0))
                .append(" ms or less to the signed webhook, with every referral answered, seen in the inbox and"
                        + " delivered, and the referrals answered at ")
                .append(fmt(100 * KEPT_UP_SHARE, 0))
                .append("% of the rate offered or more (a rate the stack cannot keep up with queues before the"
                        + " latencies start). The rates ran in the order given, each on a stack the ones before it"
                        + " had warmed.\n\n");
        md.append("| rate /s | answered /s | inbox p99 ms | webhook p99 ms | targets | machine busy | stack CPU ms a"
                        + " referral |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Verdict v : verdicts) {
            md.append("| ")
                    .append(fmt(v.rate(), 0))
                    .append(" | ")
                    .append(fmt(v.answeredPerSecond(), 1))
                    .append(" | ")
                    .append(fmt(v.inboxP99(), 0))
                    .append(" | ")
                    .append(fmt(v.webhookP99(), 0))
                    .append(" | ")
                    .append(v.met() ? "met" : "not met")
                    .append(" | ")
                    .append(fmt(100 * v.machineBusyShare(), 0))
                    .append("% | ")
                    .append(fmt(v.stackCpuMsPerReferral(), 0))
                    .append(" |\n");
        }
        md.append('\n')
                .append(highestMet(verdicts)
                        .map(rate -> "The targets held at every rate measured up to " + fmt(rate, 0)
                                + " referrals a second.")
                        .orElse("The targets held at none of the rates measured, from the lowest up."))
                .append("\n\n");
    }

    /** p99 to the inbox and to the webhook against the rate offered, with the targets as lines. */
    static String chart(Path out, List<Verdict> verdicts) throws IOException {
        XYSeries inbox = new XYSeries("police inbox p99");
        XYSeries webhook = new XYSeries("signed webhook p99");
        XYSeries inboxTarget = new XYSeries("inbox target");
        XYSeries webhookTarget = new XYSeries("webhook target");
        for (Verdict v : verdicts) {
            if (!Double.isNaN(v.inboxP99())) {
                inbox.add(v.rate(), v.inboxP99());
            }
            if (!Double.isNaN(v.webhookP99())) {
                webhook.add(v.rate(), v.webhookP99());
            }
            inboxTarget.add(v.rate(), INBOX_P99_TARGET_MS);
            webhookTarget.add(v.rate(), WEBHOOK_P99_TARGET_MS);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(inbox);
        data.addSeries(webhook);
        data.addSeries(inboxTarget);
        data.addSeries(webhookTarget);
        JFreeChart chart = ChartFactory.createXYLineChart(
                "99th percentile against the rate offered",
                "referrals a second",
                "ms after the referral's 2xx",
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        // Each target is drawn dashed in its percentile's colour, on white, so that it reads as that path's line.
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        Color[] colours = {new Color(0xd4351c), new Color(0x1d70b8)};
        BasicStroke dashed =
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, colours[i % 2]);
            renderer.setSeriesStroke(i, i < 2 ? new BasicStroke(2f) : dashed);
            renderer.setSeriesShapesVisible(i, i < 2);
        }
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        String name = "p2-capacity.png";
        ChartUtils.saveChartAsPNG(out.resolve(name).toFile(), chart, 900, 450);
        return name;
    }
}
