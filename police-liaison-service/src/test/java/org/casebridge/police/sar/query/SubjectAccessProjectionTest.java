package org.casebridge.police.sar.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.casebridge.platform.disclosure.Redaction;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.test.ReadModelDatabase;
import org.casebridge.police.sar.command.SubjectAccessEvent.SubjectAccessDisclosureReleasedEvent;
import org.casebridge.police.sar.command.SubjectAccessEvent.SubjectAccessRedactionAddedEvent;
import org.casebridge.police.sar.command.SubjectAccessEvent.SubjectAccessRequestStartedEvent;
import org.casebridge.police.sar.query.SubjectAccessQueries.RequestView;
import org.casebridge.police.shared.PoliceRoles;
import org.casebridge.police.shared.RecordNotFoundException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A force's subject access requests without Spring: the projection on a real PostgreSQL database migrated by the
 * service's Flyway scripts, fed events directly (each twice) and read through {@link SubjectAccessQueries}.
 */
class SubjectAccessProjectionTest {

    static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");
    static final ActedBy SUPERVISOR = new ActedBy("ps-1", PoliceRoles.POLICE_SUPERVISOR, "WMP");

    static SubjectAccessProjection projection;
    static SubjectAccessQueries queries;

    private final String caseId = UUID.randomUUID().toString();
    private final String requestId = UUID.randomUUID().toString();

    @BeforeAll
    static void database() {
        JdbcTemplate jdbc = new JdbcTemplate(ReadModelDatabase.migrated("police_subject_access"));
        projection = new SubjectAccessProjection(jdbc);
        queries = new SubjectAccessQueries(jdbc);
    }

    @Test
    void aRequestGathersItsChosenRedactionsAndItsReleaseEachOnceHoweverOftenTheyArrive() {
        SubjectAccessRequestStartedEvent started = new SubjectAccessRequestStartedEvent(
                requestId, caseId, "CPA-2026-0042", "WMP", "child-1", "The child's mother", "Art 15", SUPERVISOR, AT);
        projection.on(started);
        projection.on(started);
        SubjectAccessRedactionAddedEvent added = new SubjectAccessRedactionAddedEvent(
                requestId, caseId, "WMP", "Mr Evans", "A neighbour", SUPERVISOR, AT.plusSeconds(60));
        projection.on(added, "event-1");
        projection.on(added, "event-1");
        assertThat(queries.request(caseId, "WMP", requestId).released()).isFalse();

        SubjectAccessDisclosureReleasedEvent released = new SubjectAccessDisclosureReleasedEvent(
                requestId,
                caseId,
                "WMP",
                "child-1",
                "Reviewed",
                List.of("The child"),
                List.of(new Redaction(1, "Decisions", "A person's name", "[police officer]", "DPA", 2)),
                "a".repeat(64),
                "b".repeat(64),
                SUPERVISOR,
                AT.plusSeconds(120));
        projection.on(released);
        projection.on(released);

        RequestView view = queries.request(caseId, "WMP", requestId);
        assertThat(view.chosenRedactions())
                .extracting(SubjectAccessQueries.ChosenRedaction::phrase)
                .containsExactly("Mr Evans");
        assertThat(view.released()).isTrue();
        assertThat(view.releasedAt()).isEqualTo(AT.plusSeconds(120));
        assertThat(view.redactionCount()).isEqualTo(1);
        assertThat(view.pdfSha256()).isEqualTo("a".repeat(64));
        assertThat(queries.ofCase(caseId, "WMP"))
                .extracting(RequestView::requestId)
                .containsExactly(requestId);
    }

    @Test
    void aRequestReadsOnlyThroughItsOwnEscalationAndForce() {
        projection.on(new SubjectAccessRequestStartedEvent(
                requestId, caseId, null, "WMP", "child-2", "The child's father", "Art 15", SUPERVISOR, AT));
        assertThat(queries.find(caseId, "MPS", requestId)).isEmpty();
        assertThat(queries.find(UUID.randomUUID().toString(), "WMP", requestId)).isEmpty();
        assertThat(queries.ofCase(caseId, "MPS")).isEmpty();
        assertThatThrownBy(() -> queries.request(caseId, "MPS", requestId)).isInstanceOf(RecordNotFoundException.class);
        assertThat(queries.request(caseId, "WMP", requestId).chosenRedactions()).isEmpty();
    }
}
