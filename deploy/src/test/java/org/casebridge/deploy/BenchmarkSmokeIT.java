package org.casebridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.casebridge.deploy.bench.Benchmark;
import org.casebridge.deploy.bench.StackClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The benchmark's smoke run (issue 15): on the shared whole stack, with a tiny load, it runs every part and writes
 * its table and charts. How fast anything was is not asserted, so the build never depends on the machine's speed;
 * this only keeps the benchmark from rotting.
 */
@ExtendWith(WholeStack.class)
class BenchmarkSmokeIT {

    @Test
    void aTinyRunWritesTheResultsTableAndItsCharts(LocalStack stack) throws Exception {
        Ports ports = stack.options().ports();
        Path output = Path.of(TestStacks.required("casebridge.stack.data.dir")).resolveSibling("benchmark-smoke");
        Benchmark.Settings settings = Benchmark.Settings.parse(new String[] {
            "--output=" + output,
            "--repository=" + stack.options().repositoryDir(),
            "--data-dir=" + stack.options().dataDir(),
            "--clients=2",
            "--raw-seconds=1",
            "--p1-seconds=1",
            "--rates=1",
            "--p2-seconds=2",
            "--warm-up-referrals=2",
            "--drain-seconds=60"
        });
        StackClient client = new StackClient(
                ports.of(Service.CASE),
                ports.of(Service.POLICE_LIAISON),
                ports.of(Service.NOTIFICATION),
                ports.of(Service.IDENTITY),
                ports.postgres(),
                ports.kafka());

        Path results = Benchmark.run(settings, client);

        String table = Files.readString(results);
        assertThat(table)
                .contains("## The machine's limit (raw JDBC)", "## P1", "## P2", "## P3", "## Memory and start-up")
                .contains("| 1 | 2 | 0 | police inbox |")
                .contains("CPU over the rate and its drain at 1 referrals/s")
                .containsPattern("At 1 referrals/s offered for 2 s, the 2 referrals were answered over [0-9.]+ s")
                .containsPattern("\\| case-service \\| [0-9.]+ \\| [0-9.]+ \\|")
                .containsPattern("\\| benchmark \\(load, inbox reader, webhook receiver\\) \\| [0-9.]+ \\|")
                .containsPattern("\\| case-views \\| [1-9][0-9]* \\|")
                .containsPattern("\\| school-actions \\| [0-9]+ \\|")
                .containsPattern("\\| 1 \\| [0-9.]+ \\| [0-9]+ \\| [0-9]+ \\| (met|not met) \\|")
                .contains("**Against the targets.**");
        for (String chart :
                new String[] {"p1-throughput.png", "p2-distribution.png", "p2-timeline-1.png", "p2-capacity.png"}) {
            assertThat(output.resolve(chart)).isNotEmptyFile();
        }
    }
}
