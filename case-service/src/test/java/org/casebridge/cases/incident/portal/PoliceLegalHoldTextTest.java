package org.casebridge.cases.incident.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.casebridge.cases.incident.query.CaseDetailView.PoliceLegalHold;
import org.junit.jupiter.api.Test;

/** The sentence the DSL reads about the force's legal hold on its escalation of the case (ADR 0089). */
class PoliceLegalHoldTextTest {

    private static final Instant PLACED = Instant.parse("2026-12-04T10:00:00Z");
    private static final Instant LIFTED = Instant.parse("2027-01-15T14:30:00Z");
    private final CaseText text = new CaseText();

    @Test
    void aHoldInPlaceNamesTheForceAndTheDayAndSaysTheErasureWaits() {
        assertThat(text.policeLegalHold(
                        new PoliceLegalHold("WMP", "West Midlands Police", PLACED, true, null, null, null)))
                .isEqualTo("The police (West Midlands Police, WMP) placed a legal hold on their record of this case on"
                        + " 4 December 2026 at 10:00. While it lasts the children's personal details are not erased,"
                        + " by Casebridge's retention or by you; ask the force about it, as it keeps the reason.");
    }

    @Test
    void aLiftedHoldSaysWhichForceLiftedItAndWhenAndAForceWithoutANameReadsAsItsCode() {
        assertThat(text.policeLegalHold(new PoliceLegalHold(
                        "XYZ", "XYZ", PLACED, false, "MPS", "Metropolitan Police" + " Service", LIFTED)))
                .isEqualTo("The police (XYZ) placed a legal hold on their record of this case on 4 December 2026 at"
                        + " 10:00; the police (Metropolitan Police Service, MPS) lifted it on 15 January 2027 at"
                        + " 14:30.");
    }

    @Test
    void noHoldSaysNothing() {
        assertThat(text.policeLegalHold(null)).isEmpty();
    }
}
