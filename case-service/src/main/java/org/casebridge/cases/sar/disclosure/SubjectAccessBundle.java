package org.casebridge.cases.sar.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casebridge.platform.disclosure.Redaction;

/**
 * The machine-readable disclosure of one child's record (format {@value #FORMAT}): everything the school holds about
 * the child, in words, with other children as refs only, staff as their role and organisation, and the list of what
 * was withheld and why. The PDF is laid out from the same record.
 */
public record SubjectAccessBundle(
        String format,
        String requestId,
        String controller,
        String caseReference,
        String childRef,
        String requester,
        String reason,
        Instant producedAt,
        Subject subject,
        Incident incident,
        Decisions decisions,
        List<String> otherChildren,
        List<Entry> timeline,
        List<Device> devices,
        List<Transfer> transfers,
        Shares shares,
        List<Access> accessLog,
        List<Redaction> redactions) {

    public static final String FORMAT = "casebridge.subject-access.school.v1";

    /** The child, with their own identity when it is on file (null fields when it is not). */
    public record Subject(
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            String upn,
            int age,
            String yearGroup,
            List<String> roles,
            List<String> flags,
            String parents) {}

    public record Incident(
            String howCameToLight,
            Instant cameToLightAt,
            List<String> imagery,
            List<String> platforms,
            String spread,
            boolean mayHaveReachedInternet,
            boolean onSchoolDeviceOrNetwork) {}

    public record Decisions(
            String status,
            Instant reportedAt,
            Instant initialReviewAt,
            String criteriaMet,
            List<String> referredTo,
            String policeOutcome,
            Instant closedAt) {}

    /** One entry of the case's timeline: when, who (a role and an organisation), what and why. */
    public record Entry(int number, Instant at, String by, String role, String organisation, String what, String why) {}

    public record Device(String ref, String description, String custody, String exhibitRef) {}

    public record Transfer(String toSchool, Instant startedAt, String reason, Instant receivedAt) {}

    /**
     * What notification-service shared of the case with agencies; {@code complete} false (with {@code note} saying
     * why) when its share records could not be read.
     */
    public record Shares(boolean complete, String note, List<Share> shares) {}

    public record Share(
            Instant sharedAt, String agency, String agencyKind, String what, String channel, String lawfulBasis) {}

    /** One read of the case: when, by whom (withheld to a role and organisation), what and why. */
    public record Access(Instant at, String by, String role, String organisation, String what, String purpose) {}
}
