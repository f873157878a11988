package org.casebridge.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The checks every service's {@code SmuggledImageryIT} makes, written once: no imagery reaches the service in any
 * encoding, on any path. Every text field of every write operation in its OpenAPI document ({@link ApiSmuggling}),
 * every portal form and every autosaved draft ({@link PortalSmuggling}) refuses an image written as base64 (standard,
 * url-safe, MIME-wrapped, split by spaces, JSON-escaped), as a data URI (with parameters, percent-encoded) or as a hex
 * dump, and a control character, and stores nothing; the document lists every write the service answers; every
 * portal form is found from the pages; and no log line holds any of the smuggled content.
 *
 * <p>A service's test says what is particular to it: the records that must exist for its forms to show (made in its
 * {@code @BeforeAll}, which then crawls the pages with {@link PortalSmuggling#forms}), who may call an operation,
 * the ids that fill a path, and the tables a value let through would be stored in. The subclass carries the Spring
 * test annotations of the service's portal tests, so the application context is shared with them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
public abstract class SmuggledImageryChecks {

    @LocalServerPort
    protected int port;

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected ApplicationContext context;

    /** The portal forms the service's {@code @BeforeAll} found by crawling its pages. */
    protected abstract List<PortalSmuggling.Form> forms();

    /** A bearer token for a user who may call the operation (null: any signed-in user, to read the document). */
    protected abstract String token(OpenApiWrites.Operation operation);

    /** The operation's path with its variables replaced by ids of records that exist. */
    protected abstract String fill(String pathTemplate);

    /** Besides the event store and the drafts, the tables a write would add to or change. */
    protected List<String> storedTables() {
        return List.of();
    }

    @TestFactory
    Stream<DynamicNode> everyTextFieldOfEveryWriteOperationRefusesImageryAndControlCharacters() {
        return ApiSmuggling.everyWriteOperation(service());
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void noLogLineOfAllThisHoldsAnyOfTheSmuggledContent(CapturedOutput output) {
        assertThat(SmuggledImagery.fingerprints()).noneMatch(output.getAll()::contains);
    }

    @Test
    void aPercentEncodedPathMeetsTheSameGuard() {
        ApiSmuggling.anEncodedPathIsGuardedToo(service());
    }

    @Test
    void theDocumentListsEveryWriteTheServiceAnswers() {
        assertThat(ApiSmuggling.operations(service()).stream().map(OpenApiWrites.Operation::endpoint))
                .containsExactlyInAnyOrderElementsOf(EndpointInventory.of(context, "/api/").stream()
                        .filter(endpoint -> !endpoint.startsWith("GET "))
                        .toList());
    }

    @Test
    void everyPortalFormIsFoundFromThePagesSoNoneGoesUnchecked() {
        assertThat(PortalSmuggling.unfound(forms(), EndpointInventory.of(context, "/portal")))
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicNode> everyPortalFormRefusesImageryAndControlCharacters() {
        return PortalSmuggling.everyForm(mvc, forms(), this::writes);
    }

    @TestFactory
    Stream<DynamicNode> everyAutosaveRefusesImageryAndControlCharacters() {
        return PortalSmuggling.everyDraft(mvc, forms(), this::writes);
    }

    /** The service under test, for {@link ApiSmuggling}. */
    protected ApiSmuggling.Service service() {
        return new ApiSmuggling.Service() {
            @Override
            public String baseUrl() {
                return "http://localhost:" + port;
            }

            @Override
            public String token(OpenApiWrites.Operation operation) {
                return SmuggledImageryChecks.this.token(operation);
            }

            @Override
            public String fill(String path) {
                return SmuggledImageryChecks.this.fill(path);
            }

            @Override
            public Map<String, Long> writes() {
                return SmuggledImageryChecks.this.writes();
            }
        };
    }

    /** The row counts of the event store, the service's own tables and the drafts, and the drafts' saves. */
    private Map<String, Long> writes() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("domain_event_entry", count("domain_event_entry"));
        for (String table : storedTables()) {
            counts.put(table, count(table));
        }
        counts.put("portal_draft", count("portal_draft"));
        counts.put("portal_draft saves", PortalSmuggling.draftSaves(jdbc));
        return counts;
    }

    private long count(String table) {
        Long rows = jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
        return rows == null ? 0 : rows;
    }
}
