package org.casebridge.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The rows of a projection's tables, each row as the JSON PostgreSQL makes of it, sorted: two snapshots are equal
 * when the tables hold the same rows, whatever order they were written in. For proving that a replay rebuilds what
 * the live processor built.
 */
public final class ReadModelSnapshot {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<String>> rows;

    private ReadModelSnapshot(Map<String, List<String>> rows) {
        this.rows = rows;
    }

    /** Every row of each of {@code tables}, read in one transaction. */
    public static ReadModelSnapshot of(DataSource dataSource, List<String> tables) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement statement = connection.createStatement()) {
                for (String table : tables) {
                    List<String> tableRows = new ArrayList<>();
                    try (ResultSet result =
                            statement.executeQuery("SELECT row_to_json(t)::text FROM " + table + " t ORDER BY 1")) {
                        while (result.next()) {
                            tableRows.add(result.getString(1));
                        }
                    }
                    rows.put(table, List.copyOf(tableRows));
                }
            }
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the tables " + tables, e);
        }
        return new ReadModelSnapshot(rows);
    }

    /** Fails naming each table whose rows differ, and in each row the columns that differ. */
    public void assertSameRowsAs(ReadModelSnapshot live) {
        assertThat(rows.keySet()).isEqualTo(live.rows.keySet());
        List<String> differences = new ArrayList<>();
        rows.forEach((table, rebuilt) -> differences.addAll(differences(table, live.rows.get(table), rebuilt)));
        assertThat(differences)
                .as("rows rebuilt by the replay against those built live")
                .isEmpty();
    }

    /** Rows paired by their first column; for a pair, the columns whose values differ. */
    private static List<String> differences(String table, List<String> live, List<String> rebuilt) {
        Map<String, JsonNode> liveByKey = byFirstColumn(live);
        Map<String, JsonNode> rebuiltByKey = byFirstColumn(rebuilt);
        List<String> differences = new ArrayList<>();
        if (liveByKey.size() != live.size() || rebuiltByKey.size() != rebuilt.size()) {
            if (!live.equals(rebuilt)) {
                differences.add(table + ": rows differ (" + live.size() + " live, " + rebuilt.size() + " rebuilt)");
            }
            return differences;
        }
        liveByKey.forEach((key, row) -> {
            JsonNode other = rebuiltByKey.get(key);
            if (other == null) {
                differences.add(table + " " + key + ": built live, missing after the replay");
                return;
            }
            row.fieldNames().forEachRemaining(column -> {
                if (!row.get(column).equals(other.get(column))) {
                    differences.add(table + " " + key + " " + column + ": live " + row.get(column) + ", rebuilt "
                            + other.get(column));
                }
            });
        });
        rebuiltByKey.keySet().stream()
                .filter(key -> !liveByKey.containsKey(key))
                .forEach(key -> differences.add(table + " " + key + ": only after the replay"));
        return differences;
    }

    private static Map<String, JsonNode> byFirstColumn(List<String> rows) {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (String row : rows) {
            try {
                JsonNode node = JSON.readTree(row);
                byKey.put(node.elements().next().toString(), node);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("PostgreSQL wrote a row that is not JSON", e);
            }
        }
        return byKey;
    }

    /** How many rows each table holds, to show that the history filled every table. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        rows.forEach((table, tableRows) -> counts.put(table, tableRows.size()));
        return counts;
    }
}
