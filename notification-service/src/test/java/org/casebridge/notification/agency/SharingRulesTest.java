package org.casebridge.notification.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The written rules (SHARING-RULES.md, the table a reader trusts) against the class that applies them, for every
 * published event type, every kind of agency and every level of involvement.
 */
class SharingRulesTest {

    private static final Path WRITTEN_RULES = Path.of("SHARING-RULES.md");
    private static final Map<String, Share> CELL =
            Map.of("yes", Share.YES, "no", Share.NO, "without child roles", Share.WITHOUT_CHILD_ROLES);

    /** kind → event type → the written answer per involvement, in the order of the table's columns. */
    private static final Map<AgencyKind, Map<String, Map<Involvement, Share>>> written =
            new EnumMap<>(AgencyKind.class);

    @BeforeAll
    static void readTheWrittenRules() throws IOException {
        AgencyKind kind = null;
        List<Involvement> columns = List.of();
        for (String line : Files.readAllLines(WRITTEN_RULES)) {
            if (line.startsWith("### ")) {
                kind = AgencyKind.valueOf(line.substring(4, line.indexOf(':')));
                written.put(kind, new LinkedHashMap<>());
            } else if (kind != null && line.startsWith("| event type |")) {
                columns = cells(line).stream().skip(1).map(Involvement::valueOf).toList();
            } else if (kind != null && line.startsWith("| `")) {
                List<String> cells = cells(line);
                Map<Involvement, Share> answers = new EnumMap<>(Involvement.class);
                for (int column = 0; column < columns.size(); column++) {
                    Share share = CELL.get(cells.get(column + 1));
                    assertThat(share)
                            .as("cell %s of %s", cells.get(column + 1), line)
                            .isNotNull();
                    answers.put(columns.get(column), share);
                }
                String type = cells.getFirst().replace("`", "");
                assertThat(written.get(kind).put(type, answers))
                        .as("%s is written twice for %s", type, kind)
                        .isNull();
            }
        }
    }

    private static List<String> cells(String row) {
        return Arrays.stream(row.substring(1, row.length() - 1).split("\\|"))
                .map(String::strip)
                .toList();
    }

    @Test
    void everyKindEveryPublishedTypeAndEveryInvolvementIsWrittenDown() {
        assertThat(written.keySet()).containsExactlyInAnyOrder(AgencyKind.values());
        written.forEach((kind, rows) -> {
            assertThat(rows.keySet())
                    .as(kind.name())
                    .containsExactlyInAnyOrderElementsOf(
                            IntegrationEventTypes.all().keySet());
            rows.forEach((type, answers) ->
                    assertThat(answers.keySet()).as(kind + " " + type).containsExactlyInAnyOrder(Involvement.values()));
        });
    }

    @TestFactory
    Stream<DynamicTest> theClassAppliesEveryWrittenRule() {
        return written.entrySet().stream()
                .flatMap(kind -> kind.getValue().entrySet().stream()
                        .flatMap(type -> type.getValue().entrySet().stream()
                                .map(cell -> DynamicTest.dynamicTest(
                                        kind.getKey() + " " + type.getKey() + " " + cell.getKey() + " -> "
                                                + cell.getValue(),
                                        () -> assertThat(
                                                        SharingRules.share(type.getKey(), kind.getKey(), cell.getKey()))
                                                .isEqualTo(cell.getValue())))));
    }

    @Test
    void moreInvolvementNeverMeansLess() {
        for (AgencyKind kind : AgencyKind.values()) {
            for (String type : IntegrationEventTypes.all().keySet()) {
                for (int level = 1; level < Involvement.values().length; level++) {
                    Share less = SharingRules.share(type, kind, Involvement.values()[level - 1]);
                    Share more = SharingRules.share(type, kind, Involvement.values()[level]);
                    assertThat(rank(more))
                            .as("%s %s at %s", kind, type, Involvement.values()[level])
                            .isGreaterThanOrEqualTo(rank(less));
                }
            }
        }
    }

    private static int rank(Share share) {
        return switch (share) {
            case NO -> 0;
            case WITHOUT_CHILD_ROLES -> 1;
            case YES -> 2;
        };
    }

    @Test
    void aChildsRoleReachesNoAgencyThatIsNotInvolved() {
        String crime = "org.casebridge.police.crime-recorded.v1";
        for (AgencyKind kind : AgencyKind.values()) {
            assertThat(SharingRules.share(crime, kind, Involvement.NONE)).isNotEqualTo(Share.YES);
            assertThat(SharingRules.share(crime, kind, Involvement.REFERRED_TO_CHILDRENS_SOCIAL_CARE))
                    .isNotEqualTo(Share.YES);
        }
    }

    @Test
    void onlySocialCareAndTheMashFollowEveryCaseOfTheirAreas() {
        assertThat(Arrays.stream(AgencyKind.values()).filter(SharingRules::hearsOfCasesItIsNotInvolvedIn))
                .containsExactlyInAnyOrder(AgencyKind.CHILDRENS_SOCIAL_CARE, AgencyKind.MASH);
    }

    @Test
    void aKindIsOfferedATypeExactlyWhenAWrittenCellOfItsRowSaysItHearsSomething() {
        written.forEach((kind, rows) -> rows.forEach((type, answers) -> assertThat(SharingRules.reaches(type, kind))
                .as("%s for %s", type, kind)
                .isEqualTo(answers.values().stream().anyMatch(share -> share != Share.NO))));
        assertThat(SharingRules.reaches("org.casebridge.police.device-decision-recorded.v2", AgencyKind.LADO))
                .isFalse();
        assertThat(SharingRules.reaches("org.casebridge.school.referral-made.v1", AgencyKind.CHILDRENS_SOCIAL_CARE))
                .isTrue();
        assertThat(SharingRules.reaches("org.casebridge.police.something-new.v1", AgencyKind.MASH))
                .isFalse();
    }

    @Test
    void anUnknownEventTypeReachesNoOne() {
        for (AgencyKind kind : AgencyKind.values()) {
            assertThat(SharingRules.share("org.casebridge.police.something-new.v1", kind, Involvement.OWNS_THIS_ACTION))
                    .isEqualTo(Share.NO);
        }
    }
}
