package org.casebridge.police.it;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The request bodies the police ITs send on the way to the step they test, each a valid request for a case referred
 * with {@link SchoolReferral#TWO_CHILDREN}. A test that is about one of these requests writes its own.
 */
final class PoliceRequests {

    /** Crime references are unique within a force, and every IT records crimes in the one database. */
    private static final AtomicInteger REFERENCES = new AtomicInteger((int) (Math.random() * 400_000) + 100_000);

    private PoliceRequests() {}

    /** A crime reference in the force's format that no other test has used. */
    static String crimeReference() {
        return "20/" + REFERENCES.incrementAndGet() + "/26";
    }

    /** The crime: 86/02 (Protection of Children Act 1978 s.1), child-1 the victim and child-2 a person involved. */
    static Map<String, Object> crime() {
        return crime("86/02", role("child-1", "VICTIM"), role("child-2", "PERSON_INVOLVED"));
    }

    /** A crime of the Home Office classification, under a new reference, with each child's role. */
    @SafeVarargs
    static Map<String, Object> crime(String classification, Map<String, String>... childRoles) {
        return Map.of(
                "classification",
                classification,
                "crimeReference",
                crimeReference(),
                "childRoles",
                List.of(childRoles));
    }

    /** A child's role in a crime. */
    static Map<String, String> role(String childRef, String role) {
        return Map.of("childRef", childRef, "role", role);
    }

    /** The assessment that found one aggravating factor, with what was found. */
    static Map<String, Object> factor(String factor, String notes) {
        return Map.of("factors", List.of(Map.of("factor", factor, "notes", notes)));
    }

    /** The assessment that found no aggravating factor. */
    static Map<String, Object> noFactors() {
        return Map.of("factors", List.of());
    }

    /** A strategy meeting in an hour, at the venue, with the invitees. */
    static Map<String, Object> meeting(String venue, List<?> invitees) {
        return Map.of("scheduledFor", Instant.now().plusSeconds(3600).toString(), "venue", venue, "invitees", invitees);
    }

    /**
     * The same crime recorded at an instant long past (this century's first years), so that its record is due for its
     * MoPI review when a test runs the review; every other test's crimes are recorded now and stay out of it.
     */
    static Map<String, Object> crimeRecordedAt(String recordedAt) {
        Map<String, Object> crime = new HashMap<>(crime());
        crime.put("recordedAt", recordedAt);
        return crime;
    }

    /** A strategy meeting in two hours by video call, with children's social care invited. */
    static Map<String, Object> convene() {
        return Map.of(
                "scheduledFor",
                Instant.now().plus(2, ChronoUnit.HOURS).toString(),
                "venue",
                "Video call",
                "invitees",
                List.of(Map.of("type", "CHILDRENS_SOCIAL_CARE", "organisation", "csc-sandwell")));
    }

    /** Outcome 21 proposed for a consensual exchange between peers. */
    static Map<String, Object> outcome21() {
        return Map.of(
                "outcome", "OUTCOME_21", "rationale", "Consensual exchange between peers; not in the public interest");
    }

    /** A strategy action for the school (137001): a safety plan, due in three days. */
    static Map<String, Object> schoolAction() {
        return Map.of(
                "description",
                "Safety plan in school",
                "owner",
                Map.of("type", "SCHOOL", "organisation", SchoolReferral.SCHOOL),
                "dueBy",
                Instant.now().plus(3, ChronoUnit.DAYS).toString());
    }

    /** child-1's mother asks for what the force holds about child-1. */
    static Map<String, Object> subjectAccessRequest() {
        return Map.of(
                "childRef",
                "child-1",
                "requester",
                "The child's mother",
                "reason",
                "Subject access request, identity checked in person");
    }

    /** child-1's mobile phone, seized under an exhibit reference. */
    static Map<String, Object> seizedDevice() {
        return Map.of(
                "description",
                "Mobile phone",
                "ownerChildRef",
                "child-1",
                "seized",
                true,
                "exhibitReference",
                "EXH/WMP/" + (int) (Math.random() * 10_000));
    }
}
