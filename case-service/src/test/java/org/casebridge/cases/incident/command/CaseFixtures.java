package org.casebridge.cases.incident.command;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casebridge.cases.incident.api.Agency;
import org.casebridge.cases.incident.api.CaseActors;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.CaseReference;
import org.casebridge.cases.incident.api.ChildFlag;
import org.casebridge.cases.incident.api.ChildInvolved;
import org.casebridge.cases.incident.api.ChildRole;
import org.casebridge.cases.incident.api.Criterion;
import org.casebridge.cases.incident.api.HowCameToLight;
import org.casebridge.cases.incident.api.ImageryCategory;
import org.casebridge.cases.incident.api.IncidentReportedEvent;
import org.casebridge.cases.incident.api.InitialReviewRecordedEvent;
import org.casebridge.cases.incident.api.RecordInitialReviewCommand;
import org.casebridge.cases.incident.api.ReportIncidentCommand;
import org.casebridge.cases.incident.api.ReviewAttendee;
import org.casebridge.cases.incident.api.ReviewConsiderations;
import org.casebridge.cases.incident.api.Spread;
import org.casebridge.cases.school.School;
import org.casebridge.cases.school.SchoolDirectory;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.reference.WorkingDays;
import org.springframework.core.io.ClassPathResource;

/** A realistic case for the fixture tests: two Year 9 pupils, one pictured, one who shared. */
final class CaseFixtures {

    static final Instant NOW = Instant.parse("2026-11-27T10:15:30Z");
    static final Duration REVIEW_DUE_WITHIN = Duration.ofHours(24);
    static final String URN = "103456";
    static final School SCHOOL =
            new School(URN, "Hollybank Academy", "E08000025", "Birmingham", "WMP", "West Midlands Police", "HBA");
    /** The reference the fixtures' {@link CaseReferences} gives the case: the first of its school in 2026. */
    static final String REFERENCE = "HBA-2026-0001";

    /** The working days of England and Wales, with the platform's bank holidays (ADR 0073). */
    static final WorkingDays WORKING_DAYS =
            WorkingDays.read(new ClassPathResource("reference/bank-holidays-england-and-wales.csv"));

    static final SchoolDirectory SCHOOLS = urn -> URN.equals(urn) ? Optional.of(SCHOOL) : Optional.empty();
    static final ActedBy DSL = new ActedBy("dsl-amrit", CaseActors.SCHOOL_DSL, URN);
    static final CaseId CASE_ID = new CaseId(UUID.fromString("7b0c4f7e-3f6a-4a53-9d9b-6d1f2b7d0c11"));
    static final List<ChildInvolved> CHILDREN = List.of(
            new ChildInvolved("child-1", 14, "Year 9", Set.of(ChildRole.PICTURED), Set.of()),
            new ChildInvolved(
                    "child-2", 14, "Year 9", Set.of(ChildRole.RECEIVED, ChildRole.SHARED), Set.of(ChildFlag.SEND)));
    static final String RATIONALE = "Consensual exchange between two Year 9 pupils; no criterion met, "
            + "images deleted and both families engaged.";

    private CaseFixtures() {}

    /** Numbers each prefix and year from 1, as {@code case_reference_counter} does, for the fixture tests. */
    static final class CountingReferences implements CaseReferences {

        private final Map<String, Integer> last = new HashMap<>();
        private final Map<CaseId, String> given = new HashMap<>();

        @Override
        public String allocate(CaseId caseId, String prefix, int year) {
            int next = last.merge(prefix + "-" + year, 1, Integer::sum);
            String reference = CaseReference.of(prefix, year, next);
            given.put(caseId, reference);
            return reference;
        }

        @Override
        public Optional<String> of(CaseId caseId) {
            return Optional.ofNullable(given.get(caseId));
        }
    }

    static ReportIncidentCommand report() {
        return report(CHILDREN);
    }

    static ReportIncidentCommand report(List<ChildInvolved> children) {
        return new ReportIncidentCommand(
                CASE_ID,
                DSL,
                HowCameToLight.DISCLOSURE_BY_CHILD_INVOLVED,
                NOW.minus(Duration.ofHours(2)),
                Set.of(ImageryCategory.SEMI_NUDE),
                "Described by child-1",
                Set.of("Snapchat"),
                Spread.ONE_RECIPIENT,
                false,
                false,
                children,
                "child-1 disclosed to her tutor that child-2 forwarded a picture.");
    }

    static IncidentReportedEvent reported() {
        return reported(REFERENCE);
    }

    /**
     * A fixture of the case aggregate on a clock stopped at {@code now}, with the test school's directory and the
     * working days its clocks count in.
     */
    static FixtureConfiguration<SafeguardingCase> caseAt(Instant now) {
        return caseAt(now, SCHOOLS);
    }

    /** As {@link #caseAt(Instant)}, with the schools a test needs beside the case's own. */
    static FixtureConfiguration<SafeguardingCase> caseAt(Instant now, SchoolDirectory schools) {
        FixtureConfiguration<SafeguardingCase> fixture = new AggregateTestFixture<>(SafeguardingCase.class);
        fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
        fixture.registerInjectableResource(schools);
        fixture.registerInjectableResource(WORKING_DAYS);
        return fixture;
    }

    static IncidentReportedEvent reported(String reference) {
        ReportIncidentCommand command = report();
        return new IncidentReportedEvent(
                CASE_ID,
                URN,
                DSL,
                NOW,
                command.howCameToLight(),
                command.cameToLightAt(),
                command.imagery(),
                command.imageryNotes(),
                command.platforms(),
                command.spread(),
                command.mayHaveReachedInternet(),
                command.onSchoolDeviceOrNetwork(),
                command.children(),
                NOW.plus(REVIEW_DUE_WITHIN),
                command.summary(),
                reference);
    }

    static Map<Criterion, Boolean> criteria(Criterion... met) {
        Map<Criterion, Boolean> answers = new EnumMap<>(Criterion.class);
        Set<Criterion> yes = met.length == 0 ? EnumSet.noneOf(Criterion.class) : EnumSet.of(met[0], met);
        for (Criterion criterion : Criterion.values()) {
            answers.put(criterion, yes.contains(criterion));
        }
        return answers;
    }

    static RecordInitialReviewCommand review(Criterion... met) {
        return new RecordInitialReviewCommand(
                CASE_ID,
                DSL,
                NOW.minus(Duration.ofMinutes(30)),
                attendees(),
                criteria(met),
                considerations(),
                "Both pupils seen separately.");
    }

    static InitialReviewRecordedEvent reviewed(Criterion... met) {
        RecordInitialReviewCommand command = review(met);
        Set<Criterion> yes = EnumSet.noneOf(Criterion.class);
        command.criteria().forEach((criterion, answer) -> {
            if (answer) {
                yes.add(criterion);
            }
        });
        return new InitialReviewRecordedEvent(
                CASE_ID,
                URN,
                DSL,
                NOW,
                command.heldAt(),
                command.attendees(),
                command.criteria(),
                yes,
                command.considerations(),
                command.notes());
    }

    static List<ReviewAttendee> attendees() {
        return List.of(new ReviewAttendee("A. Kaur", "DSL"), new ReviewAttendee("B. Jones", "Head of Year 9"));
    }

    static ReviewConsiderations considerations() {
        return new ReviewConsiderations(
                "No child at immediate risk",
                false,
                "One recipient, not forwarded",
                "child-2 to delete in front of the DSL",
                false,
                true);
    }

    static Set<Agency> police() {
        return EnumSet.of(Agency.POLICE);
    }
}
