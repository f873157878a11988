package org.casebridge.notification.delivery.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.casebridge.events.police.EscalationLegalHoldLiftedEvent;
import org.casebridge.events.police.EscalationLegalHoldPlacedEvent;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.events.school.LegalHoldLiftedEvent;
import org.casebridge.events.school.LegalHoldPlacedEvent;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.notification.delivery.EventJson;
import org.junit.jupiter.api.Test;

class SharingPolicyTest {

    private static final String REFERRAL = IntegrationEventTypes.typeOf(ReferralMadeEvent.class);

    @Test
    void keepsTheFieldsAReferralMayShare() {
        JsonNode payload = EventJson.MAPPER.valueToTree(new ReferralMadeEvent(
                "c-1",
                "100001",
                "E09000012",
                "MPS",
                List.of("POLICE"),
                List.of("UNDER_13"),
                List.of(new ChildSummary("child-1", 12, "Year 8", List.of("PICTURED"))),
                Instant.parse("2026-11-28T09:00:00Z")));

        ObjectNode shared = SharingPolicy.minimise(REFERRAL, payload);

        assertThat(shared).isEqualTo(payload);
    }

    @Test
    void dropsFieldsThePolicyDoesNotList() throws Exception {
        JsonNode payload = EventJson.MAPPER.readTree("""
                {"caseId": "c-1", "localAuthorityCode": "E09000012", "dslNotes": "spoke to Jane Smith",
                 "children": [{"ref": "child-1", "age": 12, "name": "Jane Smith", "dateOfBirth": "2014-03-01",
                               "upn": "A123456789012"}]}""");

        ObjectNode shared = SharingPolicy.minimise(REFERRAL, payload);

        assertThat(shared.toString()).doesNotContain("Jane", "2014-03-01", "A123456789012", "dslNotes");
        assertThat(shared.at("/children/0/ref").asText()).isEqualTo("child-1");
        assertThat(shared.at("/children/0/age").asInt()).isEqualTo(12);
    }

    @Test
    void aLegalHoldWouldShareItsRefsCodesAndTimeOnly() throws Exception {
        Instant at = Instant.parse("2026-12-03T09:00:00Z");
        JsonNode placed = EventJson.MAPPER.valueToTree(new LegalHoldPlacedEvent("c-1", "100001", "100001", at));
        JsonNode lifted = EventJson.MAPPER.valueToTree(new LegalHoldLiftedEvent("c-1", "100001", "100001", at));
        ((ObjectNode) placed).put("reason", "Solicitor's letter about Jane Smith");

        ObjectNode sharedPlaced =
                SharingPolicy.minimise(IntegrationEventTypes.typeOf(LegalHoldPlacedEvent.class), placed);
        ObjectNode sharedLifted =
                SharingPolicy.minimise(IntegrationEventTypes.typeOf(LegalHoldLiftedEvent.class), lifted);

        assertThat(sharedPlaced.toString()).doesNotContain("Solicitor", "Jane");
        assertThat(sharedPlaced.fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("caseId", "schoolUrn", "holdingOrganisation", "placedAt");
        assertThat(sharedLifted).isEqualTo(lifted);
    }

    @Test
    void aForcesLegalHoldWouldShareTheCaseTheForceAndTimeOnly() throws Exception {
        Instant at = Instant.parse("2026-12-03T09:00:00Z");
        JsonNode placed = EventJson.MAPPER.valueToTree(new EscalationLegalHoldPlacedEvent("c-1", "WMP", at));
        JsonNode lifted = EventJson.MAPPER.valueToTree(new EscalationLegalHoldLiftedEvent("c-1", "WMP", at));
        ((ObjectNode) placed).put("reason", "IOPC inquiry into DC Jane Smith");

        ObjectNode sharedPlaced =
                SharingPolicy.minimise(IntegrationEventTypes.typeOf(EscalationLegalHoldPlacedEvent.class), placed);
        ObjectNode sharedLifted =
                SharingPolicy.minimise(IntegrationEventTypes.typeOf(EscalationLegalHoldLiftedEvent.class), lifted);

        assertThat(sharedPlaced.toString()).doesNotContain("IOPC", "Jane");
        assertThat(sharedPlaced.fieldNames()).toIterable().containsExactlyInAnyOrder("caseId", "forceCode", "placedAt");
        assertThat(sharedLifted).isEqualTo(lifted);
    }

    @Test
    void aTypeWithoutAPolicyCarriesTheCaseIdOnly() throws Exception {
        JsonNode payload = EventJson.MAPPER.readTree("""
                {"caseId": "c-1", "summary": "free text", "forceCode": "MPS"}""");

        ObjectNode shared = SharingPolicy.minimise("org.casebridge.police.something-new.v1", payload);

        assertThat(shared.toString()).isEqualTo("{\"caseId\":\"c-1\"}");
    }

    @Test
    void everyPublishedTypeHasAPolicyAndNoneListsPersonalFields() {
        Set<String> personal = Set.of(
                "name",
                "firstName",
                "lastName",
                "dateOfBirth",
                "dob",
                "upn",
                "pupilNumber",
                "address",
                "notes",
                "rationale",
                "summary");
        IntegrationEventTypes.all().keySet().forEach(type -> {
            Set<String> fields = SharingPolicy.allowedFields(type);
            assertThat(fields).as(type).contains("caseId").hasSizeGreaterThan(1);
            fields.forEach(field -> assertThat(field.substring(field.lastIndexOf('.') + 1))
                    .as(type)
                    .isNotIn(personal));
        });
    }
}
