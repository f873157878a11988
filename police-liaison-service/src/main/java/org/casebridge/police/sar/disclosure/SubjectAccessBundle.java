package org.casebridge.police.sar.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casebridge.platform.disclosure.Redaction;

/**
 * The machine-readable disclosure of what a force holds about one child of one escalation (format {@value #FORMAT}):
 * in words, with other children as refs only, officers as their role and force, and the list of what was withheld and
 * why. The PDF is laid out from the same record.
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
        Escalation escalation,
        Crime crime,
        Assessment assessment,
        Outcome outcome,
        List<String> otherChildren,
        List<Entry> decisions,
        List<Meeting> strategyMeetings,
        List<Device> devices,
        Review review,
        List<Access> accessLog,
        List<Redaction> redactions) {

    public static final String FORMAT = "casebridge.subject-access.police.v1";

    /** The child as the force holds them: the school's facts and the child's role in the crime record. */
    public record Subject(int age, String yearGroup, List<String> schoolRoles, String policeRole) {}

    /** The referral and where the escalation stands. */
    public record Escalation(
            String school,
            String localAuthority,
            String status,
            List<String> criteriaMet,
            Instant referredAt,
            Instant receivedAt,
            Instant acceptedAt,
            Instant schoolClosedAt) {}

    /** The crime record (HOCR) of the escalation, and the crime of the child's own as a further victim. */
    public record Crime(
            String classification, String legislation, String crimeReference, Instant recordedAt, String recordedBy) {}

    public record Assessment(
            List<String> factors,
            String path,
            Boolean strategyMeetingRequired,
            String noFactorsReason,
            String assessedBy,
            Instant assessedAt) {}

    public record Outcome(
            String status,
            String outcome,
            String rationale,
            String diversionaryActivity,
            String proposedBy,
            Instant proposedAt,
            String signedOffBy,
            Instant assignedAt) {}

    /** One decision on the escalation, oldest first: when, who (a role), their organisation, what and why. */
    public record Entry(int number, Instant at, String by, String organisation, String what, String why) {}

    public record Meeting(
            int number,
            Instant scheduledFor,
            String venue,
            List<String> invited,
            Instant heldAt,
            List<String> attended,
            List<Entry> record) {}

    /** A device of the child (or of no child) and every decision about it and its images, by reference only. */
    public record Device(int number, String description, String seized, List<Entry> decisions) {}

    /** The crime record's review under MoPI, once due. */
    public record Review(Integer mopiGroup, LocalDate dueOn) {}

    /** One read of the escalation: when, by whom (a role), their organisation, what and why. */
    public record Access(Instant at, String by, String organisation, String what, String purpose) {}
}
