package org.casebridge.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Proves, for one processing group of a running service, that an event its handler cannot apply is parked and not
 * a freeze (ADR 0012). It writes a poison event straight into the event store, past every check at the edge: a copy
 * of a real aggregate's event under a new aggregate id, with a NUL in one text field, which PostgreSQL refuses in a
 * text or jsonb column. Then: the event is listed by {@code GET /api/dead-letters}, health and the gauge count it,
 * other aggregates keep becoming readable, and once the stored event is corrected one retry applies it exactly once.
 */
public final class PoisonEvents {

    /** How long the read side may take for anything in these checks. */
    public static final Duration WITHIN = Duration.ofSeconds(20);

    private static final String NUL_ESCAPE = "\\u0000";

    private final int port;
    private final DataSource dataSource;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String operatorToken = TestTokens.trusted().token("operator-1", "OPERATOR", "casebridge-ops");

    public PoisonEvents(int port, DataSource dataSource) {
        this.port = port;
        this.dataSource = dataSource;
    }

    /** A poison event: a new aggregate whose one stored event holds a NUL. */
    public record Poison(String aggregateId, String eventId) {}

    /**
     * The whole proof for one group.
     *
     * @param group          the processing group
     * @param sourceAggregate a real aggregate whose event is copied
     * @param sequenceNumber  which of its events (0 for the one that creates the read model's row)
     * @param textField       a JSON text field of that event the handler writes to the database
     * @param othersFlow      creates other aggregates and waits until they are readable, failing if they are not
     * @param applied         how many times the poisoned aggregate's event is in the read model
     */
    public void parksAndRetries(
            String group,
            String sourceAggregate,
            long sequenceNumber,
            String textField,
            Runnable othersFlow,
            ToIntFunction<String> applied) {
        Poison poison = inject(sourceAggregate, sequenceNumber, textField);

        await().atMost(WITHIN)
                .untilAsserted(() -> assertThat(list(group).body()).contains(poison.aggregateId()));
        HttpResponse<String> listed = list(group);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body())
                .as("the cause names the database's refusal, no data")
                .contains(poison.eventId())
                .contains("SQL state")
                .doesNotContain(NUL_ESCAPE);
        assertThat(get("/actuator/health/dead-letters", null).body()).contains("DEGRADED");
        assertThat(get("/actuator/health", null).statusCode())
                .as("a parked event is not a reason to restart")
                .isEqualTo(200);
        assertThat(gauge(group)).isGreaterThanOrEqualTo(1);

        othersFlow.run();
        assertThat(applied.applyAsInt(poison.aggregateId()))
                .as("nothing of the poison applied")
                .isZero();

        correct(poison);
        HttpResponse<String> retried = retry(group, poison.aggregateId());
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(retried.body()).contains("\"cleared\":1");
        assertThat(applied.applyAsInt(poison.aggregateId()))
                .as("applied by the retry, once")
                .isEqualTo(1);
        assertThat(list(group).body()).doesNotContain(poison.aggregateId());

        HttpResponse<String> again = retry(group, poison.aggregateId());
        assertThat(again.statusCode()).as("nothing is left to retry").isEqualTo(404);
        assertThat(again.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(applied.applyAsInt(poison.aggregateId())).as("still once").isEqualTo(1);
    }

    /** Copies an aggregate's stored event under a new aggregate id and puts a NUL at the start of a text field. */
    public Poison inject(String sourceAggregate, long sequenceNumber, String textField) {
        String aggregateId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement("SELECT type, time_stamp, payload_type, "
                        + "payload_revision, payload, meta_data FROM domain_event_entry "
                        + "WHERE aggregate_identifier = ? AND sequence_number = ?")) {
            read.setString(1, sourceAggregate);
            read.setLong(2, sequenceNumber);
            try (ResultSet row = read.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("No event " + sequenceNumber + " of " + sourceAggregate);
                }
                String json = new String(row.getBytes("payload"), StandardCharsets.UTF_8)
                        .replace(sourceAggregate, aggregateId);
                Matcher field = Pattern.compile("\"" + Pattern.quote(textField) + "\"\\s*:\\s*\"")
                        .matcher(json);
                if (!field.find()) {
                    throw new IllegalStateException("No text field " + textField + " in " + row.getString(3));
                }
                String poisoned = json.substring(0, field.end()) + NUL_ESCAPE + json.substring(field.end());
                try (PreparedStatement write = connection.prepareStatement("INSERT INTO domain_event_entry "
                        + "(event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type, "
                        + "payload_revision, payload, meta_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    write.setString(1, eventId);
                    write.setString(2, aggregateId);
                    write.setLong(3, sequenceNumber);
                    write.setString(4, row.getString(1));
                    write.setString(5, row.getString(2));
                    write.setString(6, row.getString(3));
                    write.setString(7, row.getString(4));
                    write.setBytes(8, poisoned.getBytes(StandardCharsets.UTF_8));
                    write.setBytes(9, row.getBytes(6));
                    write.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Poison(aggregateId, eventId);
    }

    /** The operator's fix: the stored event and its parked copy without the NUL. */
    public void correct(Poison poison) {
        try (Connection connection = dataSource.getConnection()) {
            for (String table : new String[] {"domain_event_entry", "dead_letter_entry"}) {
                try (PreparedStatement fix = connection.prepareStatement("UPDATE " + table
                        + " SET payload = convert_to(replace(convert_from(payload, 'UTF8'), ?, ''), 'UTF8')"
                        + " WHERE event_identifier = ?")) {
                    fix.setString(1, NUL_ESCAPE);
                    fix.setString(2, poison.eventId());
                    assertThat(fix.executeUpdate()).as(table).isEqualTo(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> list(String group) {
        return get("/api/dead-letters?processingGroup=" + group, operatorToken);
    }

    public HttpResponse<String> retry(String group, String sequenceId) {
        return send(HttpRequest.newBuilder(uri("/api/dead-letters/" + group + "/retry?sequenceId=" + sequenceId))
                .header("Authorization", "Bearer " + operatorToken)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The gauge's value for the group, as Prometheus scrapes it. */
    public double gauge(String group) {
        for (String line : get("/actuator/prometheus", null).body().split("\n")) {
            if (line.startsWith("casebridge_dead_letters_parked{")
                    && line.contains("processing_group=\"" + group + "\"")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("No gauge casebridge_dead_letters_parked for " + group);
    }

    private HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
