package org.casebridge.cases.incident.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.casebridge.cases.CaseApi;
import org.casebridge.cases.CaseApiSteps;
import org.casebridge.cases.CaseIntegrationTest;
import org.casebridge.cases.incident.api.CaseId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case references on real PostgreSQL (ADR 0048): reports of one school at the same moment, over HTTP and from two
 * instances' own connection pools, never share a number; a report still open holds up no other (ADR 0071); the answers
 * of the API name the reference.
 */
@CaseIntegrationTest
class CaseReferencesIT extends CaseApiSteps {

    private static final int REPORTS = 12;

    @Autowired
    JdbcCaseReferences references;

    @Autowired
    TransactionTemplate transactions;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String username;

    @Value("${spring.datasource.password}")
    String password;

    @Test
    void reportsOfOneSchoolAtTheSameMomentTakeDistinctConsecutiveReferences() throws Exception {
        CaseApi api = CaseApi.dsl(port);
        List<JsonNode> created = concurrently(REPORTS, () -> {
            CaseApi.Response response = api.post("/api/cases", CaseApi.reportJson(null));
            assertThat(response.status()).isEqualTo(201);
            return response.json();
        });

        List<String> referencesGiven =
                created.stream().map(json -> json.get("reference").asText()).toList();
        assertThat(referencesGiven).doesNotHaveDuplicates().allMatch(r -> r.matches("HBA-20\\d\\d-\\d{4,}"));
        List<Integer> numbers = referencesGiven.stream()
                .map(r -> Integer.parseInt(r.substring(r.lastIndexOf('-') + 1)))
                .sorted()
                .toList();
        assertThat(numbers.getLast() - numbers.getFirst()).isEqualTo(REPORTS - 1);
    }

    @Test
    void twoInstancesAllocatingAtOnceNeverGiveOneReferenceTwice() throws Exception {
        DriverManagerDataSource otherPool = new DriverManagerDataSource(url, username, password);
        JdbcCaseReferences otherInstance = new JdbcCaseReferences(new JdbcTemplate(otherPool));
        TransactionTemplate otherTransactions = new TransactionTemplate(new DataSourceTransactionManager(otherPool));
        String prefix = "T"
                + Integer.toHexString(UUID.randomUUID().hashCode())
                        .toUpperCase()
                        .substring(0, 5);

        List<String> given = concurrently(2 * REPORTS, index -> {
            JdbcCaseReferences instance = index % 2 == 0 ? references : otherInstance;
            TransactionTemplate transaction = index % 2 == 0 ? transactions : otherTransactions;
            return transaction.execute(status -> instance.allocate(new CaseId(UUID.randomUUID()), prefix, 2026));
        });

        assertThat(given)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 2 * REPORTS)
                        .mapToObj(n -> "%s-2026-%04d".formatted(prefix, n))
                        .toList());
    }

    @Test
    void aRefusedReportLeavesAGapAndItsNumberIsNeverGivenAgain() {
        String prefix = prefix("R");
        CaseId first = new CaseId(UUID.randomUUID());
        try {
            transactions.executeWithoutResult(status -> {
                references.allocate(first, prefix, 2026);
                status.setRollbackOnly();
            });
        } finally {
            assertThat(references.of(first)).isEmpty();
        }
        String next = transactions.execute(status -> references.allocate(new CaseId(UUID.randomUUID()), prefix, 2026));
        assertThat(next).isEqualTo(prefix + "-2026-0002");
    }

    @Test
    void aReportStillOpenDoesNotHoldUpTheNextReportOfItsSchool() throws Exception {
        String prefix = prefix("H");
        CaseId held = new CaseId(UUID.randomUUID());
        CountDownLatch allocated = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService open = Executors.newSingleThreadExecutor();
        try {
            Future<String> first = open.submit(() -> transactions.execute(status -> {
                String reference = references.allocate(held, prefix, 2026);
                allocated.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return reference;
            }));
            assertThat(allocated.await(30, TimeUnit.SECONDS)).isTrue();

            String second = CompletableFuture.supplyAsync(() -> transactions.execute(
                            status -> references.allocate(new CaseId(UUID.randomUUID()), prefix, 2026)))
                    .get(5, TimeUnit.SECONDS);

            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(prefix + "-2026-0001");
            assertThat(second).isEqualTo(prefix + "-2026-0002");
        } finally {
            release.countDown();
            open.shutdownNow();
        }
    }

    private static String prefix(String letter) {
        return letter
                + Integer.toHexString(UUID.randomUUID().hashCode())
                        .toUpperCase()
                        .substring(0, 5);
    }

    @Test
    void everyAnswerAboutACaseNamesItsReference() {
        CaseApi api = CaseApi.dsl(port);
        CaseApi.Response created = api.post("/api/cases", CaseApi.reportJson(null));
        String caseId = created.json().get("caseId").asText();
        String reference = created.json().get("reference").asText();
        assertThat(reference).matches("HBA-20\\d\\d-\\d{4,}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode detail = api.get("/api/cases/" + caseId).json();
            assertThat(detail.path("reference").asText()).isEqualTo(reference);
            assertThat(detail.path("summary").path("reference").asText()).isEqualTo(reference);
            assertThat(detail.path("summary").path("caseId").asText()).isEqualTo(caseId);
        });
        JsonNode list = api.get("/api/cases").json();
        assertThat(list.findValues("reference").stream().map(JsonNode::asText)).contains(reference);
    }

    private static <T> List<T> concurrently(int count, Callable<T> task) throws Exception {
        return concurrently(count, index -> task.call());
    }

    private static <T> List<T> concurrently(int count, Indexed<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface Indexed<T> {
        T call(int index) throws Exception;
    }
}
