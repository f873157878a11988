package org.casebridge.notification.words;

import java.util.Map;
import org.casebridge.events.police.StrategyActionType;
import org.casebridge.notification.agency.AgencyKind;
import org.casebridge.notification.referral.command.AllegationOutcome;
import org.casebridge.notification.referral.command.MeetingAttendeeRole;
import org.casebridge.notification.referral.command.Section47Outcome;
import org.casebridge.notification.subscription.command.Article6Basis;
import org.casebridge.platform.portal.CodeWordTable;

/**
 * The words a person reads for every code of notification-service, written once: section 47 outcomes, strategy action
 * types (the police's codes, in incident-events' words), the published event types, the Article 6 bases, the kinds of
 * agency and the controllers of a share. The portal ({@code @portalText}) and the worded fields of the API use them, so
 * no page shows an enum name (ADR 0049, ADR 0052). A code without words here reads as a sentence of its own:
 * "SOME_CODE" as "Some code".
 */
public final class NotificationWords {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry(Section47Outcome.NO_FURTHER_ACTION.name(), "No further action under section 47"),
            Map.entry(Section47Outcome.CHILD_IN_NEED_SUPPORT.name(), "The child is in need: support under section 17"),
            Map.entry(Section47Outcome.CHILD_PROTECTION_CONFERENCE.name(), "An initial child protection conference"),
            Map.entry(Article6Basis.CONSENT.name(), "Consent"),
            Map.entry(Article6Basis.CONTRACT.name(), "Contract"),
            Map.entry(Article6Basis.LEGAL_OBLIGATION.name(), "Legal obligation"),
            Map.entry(Article6Basis.VITAL_INTERESTS.name(), "Vital interests"),
            Map.entry(Article6Basis.PUBLIC_TASK.name(), "Public task"),
            Map.entry(Article6Basis.LEGITIMATE_INTERESTS.name(), "Legitimate interests"),
            Map.entry(AgencyKind.CHILDRENS_SOCIAL_CARE.name(), "Children's social care"),
            Map.entry(AgencyKind.MASH.name(), "Multi-agency safeguarding hub"),
            Map.entry(AgencyKind.LADO.name(), "Local authority designated officer"),
            Map.entry(AgencyKind.HEALTH.name(), "Health"),
            Map.entry("SCHOOL", "School"),
            Map.entry(AllegationOutcome.SUBSTANTIATED.name(), "Substantiated: enough evidence to prove the allegation"),
            Map.entry(
                    AllegationOutcome.UNSUBSTANTIATED.name(),
                    "Unsubstantiated: not enough evidence to prove or disprove the allegation"),
            Map.entry(AllegationOutcome.UNFOUNDED.name(), "Unfounded: no evidence or proper basis for the allegation"),
            Map.entry(AllegationOutcome.FALSE.name(), "False: enough evidence to disprove the allegation"),
            Map.entry(
                    AllegationOutcome.MALICIOUS.name(),
                    "Malicious: enough evidence to disprove the allegation, and of a deliberate act to deceive"),
            Map.entry(MeetingAttendeeRole.HEADTEACHER.name(), "Headteacher or principal"),
            Map.entry(MeetingAttendeeRole.DESIGNATED_SAFEGUARDING_LEAD.name(), "Designated safeguarding lead"),
            Map.entry(MeetingAttendeeRole.EMPLOYER.name(), "The adult's employer"),
            Map.entry(MeetingAttendeeRole.HUMAN_RESOURCES.name(), "Human resources"),
            Map.entry(MeetingAttendeeRole.POLICE.name(), "Police"),
            Map.entry(MeetingAttendeeRole.OTHER.name(), "Other"),
            Map.entry("STAFF", "Member of staff"),
            Map.entry("VOLUNTEER", "Volunteer"),
            Map.entry("CONTRACTOR", "Contractor"),
            Map.entry("SUPPLY_STAFF", "Supply staff"),
            Map.entry("THIS_SCHOOL", "The referring school"),
            Map.entry("ANOTHER_SCHOOL", "Another school or college"),
            Map.entry("SUPPLY_AGENCY", "A supply or employment agency"),
            Map.entry("CONTRACTOR_COMPANY", "A contractor's company"),
            Map.entry("OTHER_ORGANISATION", "Another organisation"),
            Map.entry("POLICE_FORCE", "Police force"));

    private static final CodeWordTable WORDS = CodeWordTable.from(CODES);

    private static final String PREFIX = "org.casebridge.";

    private NotificationWords() {}

    /** The words for a code: "CHILD_IN_NEED_SUPPORT" reads "The child is in need: support under section 17". */
    public static String of(String code) {
        return WORDS.of(code);
    }

    /** The words for an enum constant or a code; empty for null. */
    public static String of(Object code) {
        return WORDS.of(code);
    }

    /** What a strategy action is, by the police's code: "SAFETY_PLAN" reads "Put a safety plan in place for the child". */
    public static String actionType(String code) {
        return StrategyActionType.ofCode(code).title();
    }

    /**
     * A published event type in words, its name and who publishes it: "org.casebridge.school.referral-made.v1" reads
     * "Referral made (school)"; a later version says so: "Strategy action assigned (police), version 2".
     */
    public static String eventType(String type) {
        if (type == null || !type.startsWith(PREFIX)) {
            return type == null ? "" : type;
        }
        String[] parts = type.substring(PREFIX.length()).split("\\.");
        if (parts.length < 2) {
            return type;
        }
        String spaced = parts[1].replace('-', ' ');
        String words = Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1) + " (" + parts[0] + ")";
        if (parts.length > 2 && parts[2].matches("v\\d+") && !parts[2].equals("v1")) {
            words += ", version " + parts[2].substring(1);
        }
        return words;
    }
}
