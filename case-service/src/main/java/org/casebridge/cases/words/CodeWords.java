package org.casebridge.cases.words;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casebridge.cases.incident.api.AdultEmployer;
import org.casebridge.cases.incident.api.AdultRole;
import org.casebridge.cases.incident.api.Agency;
import org.casebridge.cases.incident.api.ChildFlag;
import org.casebridge.cases.incident.api.ChildRole;
import org.casebridge.cases.incident.api.Criterion;
import org.casebridge.cases.incident.api.HowCameToLight;
import org.casebridge.cases.incident.api.ImageryCategory;
import org.casebridge.cases.incident.api.ParentContactMethod;
import org.casebridge.cases.incident.api.Spread;
import org.casebridge.cases.incident.api.SupportType;
import org.casebridge.platform.portal.CodeWordTable;

/**
 * The words a person reads for every code of a case, the school's own and the police's, written once: the portal's
 * {@code @caseText}, the timeline and the police updates use them, so no page shows an enum name (ADR 0026, "Where
 * the words live"; ADR 0049). A code without words here reads as a sentence of its own: "SOME_CODE" as "Some code".
 */
public final class CodeWords {

    private static final Map<String, String> CASE = Map.ofEntries(
            Map.entry(HowCameToLight.DISCLOSURE_BY_CHILD_INVOLVED.name(), "A child involved told a member of staff"),
            Map.entry(HowCameToLight.DISCLOSURE_BY_ANOTHER_CHILD.name(), "Another child told a member of staff"),
            Map.entry(HowCameToLight.REPORTED_BY_PARENT_OR_CARER.name(), "A parent or carer reported it"),
            Map.entry(HowCameToLight.DISCOVERED_BY_STAFF.name(), "A member of staff found out"),
            Map.entry(HowCameToLight.REPORTED_BY_ANOTHER_AGENCY.name(), "Another agency reported it"),
            Map.entry(ImageryCategory.SEMI_NUDE.name(), "Semi-nude"),
            Map.entry(ImageryCategory.NUDE.name(), "Nude"),
            Map.entry(ImageryCategory.SEXUAL_POSE.name(), "Sexual pose"),
            Map.entry(ImageryCategory.SEXUAL_ACT.name(), "Sexual act"),
            Map.entry(ImageryCategory.UNUSUAL_OR_VIOLENT_ACT.name(), "Unusual or violent act"),
            Map.entry(Spread.NOT_SHARED.name(), "Not shared"),
            Map.entry(Spread.ONE_RECIPIENT.name(), "Sent to one person"),
            Map.entry(Spread.SMALL_GROUP.name(), "Shared with a small group"),
            Map.entry(Spread.WIDELY_IN_SCHOOL.name(), "Shared widely in school"),
            Map.entry(Spread.BEYOND_SCHOOL.name(), "Shared beyond the school"),
            Map.entry("NOT_KNOWN", "Not known"),
            Map.entry("OTHER", "Other"),
            Map.entry(ChildRole.PICTURED.name(), "Pictured"),
            Map.entry(ChildRole.SHARED.name(), "Shared it"),
            Map.entry(ChildRole.RECEIVED.name(), "Received it"),
            Map.entry(ChildRole.POSSESSED.name(), "Has it"),
            Map.entry(ChildFlag.SEND.name(), "Special educational needs or disability"),
            Map.entry(ChildFlag.KNOWN_VULNERABILITY.name(), "Known vulnerability"),
            Map.entry(ChildFlag.LOOKED_AFTER_CHILD.name(), "Looked-after child"),
            Map.entry(ChildFlag.CHILD_PROTECTION_PLAN.name(), "Child protection plan"),
            Map.entry(Criterion.ADULT_INVOLVED.name(), "Is an adult involved?"),
            Map.entry(
                    Criterion.COERCION_OR_GROOMING_OR_CAPACITY.name(),
                    "Is there reason to believe a child was coerced, blackmailed or groomed, or are there concerns"
                            + " about their capacity to consent?"),
            Map.entry(
                    Criterion.UNUSUAL_OR_VIOLENT_ACTS.name(),
                    "Does what you know of the imagery suggest sexual acts unusual for the child's development, or"
                            + " violent acts?"),
            Map.entry(
                    Criterion.UNDER_13_SEXUAL_ACTS.name(),
                    "Does the imagery involve sexual acts and is any child in it under 13?"),
            Map.entry(
                    Criterion.IMMEDIATE_RISK_OF_HARM.name(),
                    "Is there reason to believe a child is at immediate risk of harm because of the sharing?"),
            Map.entry(Agency.POLICE.name(), "The police"),
            Map.entry(Agency.CHILDRENS_SOCIAL_CARE.name(), "Children's social care"),
            Map.entry(ParentContactMethod.IN_PERSON.name(), "In person"),
            Map.entry(ParentContactMethod.TELEPHONE.name(), "By telephone"),
            Map.entry(ParentContactMethod.VIDEO_CALL.name(), "By video call"),
            Map.entry(ParentContactMethod.LETTER.name(), "By letter"),
            Map.entry(ParentContactMethod.EMAIL.name(), "By email"),
            Map.entry(SupportType.PASTORAL.name(), "Pastoral support"),
            Map.entry(SupportType.COUNSELLING.name(), "Counselling"),
            Map.entry(SupportType.SCHOOL_NURSE.name(), "School nurse"),
            Map.entry(SupportType.CAMHS_REFERRAL.name(), "Referral to CAMHS"),
            Map.entry(SupportType.EARLY_HELP.name(), "Early help"),
            Map.entry(SupportType.REPORT_REMOVE_SIGNPOSTED.name(), "Shown Report Remove (Childline and IWF)"),
            Map.entry(SupportType.PREVENTATIVE_EDUCATION.name(), "Preventative education"),
            Map.entry("REPORTED", "Reported"),
            Map.entry("REVIEWED", "Reviewed"),
            Map.entry("HANDLED_IN_SCHOOL", "Handled in school"),
            Map.entry("REFERRED", "Referred"),
            Map.entry("CLOSED", "Closed"),
            Map.entry("INFORMED", "Informed"),
            Map.entry("NOT_INFORMED", "Not informed, with the reason recorded"),
            Map.entry("WITH_SCHOOL", "Kept by the school"),
            Map.entry("WITH_POLICE", "Handed to the police"),
            Map.entry("CLEARED_BY_SCHOOL", "Imagery deleted by the school"),
            Map.entry("RETURNED", "Returned"),
            // who acted or read, as a subject access disclosure names them instead of their user names (ADR 0057)
            Map.entry("SCHOOL_DSL", "Designated safeguarding lead"),
            Map.entry("AUDITOR", "Auditor (information governance)"),
            Map.entry("POLICE_LIAISON", "Police liaison officer"),
            Map.entry("POLICE_SUPERVISOR", "Police supervisor"),
            Map.entry("OPERATOR", "Service operator"),
            Map.entry("SYSTEM", "Casebridge, automatically"),
            Map.entry(AdultRole.STAFF.name(), "Member of staff"),
            Map.entry(AdultRole.VOLUNTEER.name(), "Volunteer"),
            Map.entry(AdultRole.CONTRACTOR.name(), "Contractor"),
            Map.entry(AdultRole.SUPPLY_STAFF.name(), "Supply staff"),
            Map.entry(AdultEmployer.THIS_SCHOOL.name(), "This school"),
            Map.entry(AdultEmployer.ANOTHER_SCHOOL.name(), "Another school or college"),
            Map.entry(AdultEmployer.SUPPLY_AGENCY.name(), "A supply or employment agency"),
            Map.entry(AdultEmployer.CONTRACTOR_COMPANY.name(), "A contractor's company"),
            Map.entry(AdultEmployer.OTHER_ORGANISATION.name(), "Another organisation"),
            Map.entry("HEADTEACHER", "The headteacher"),
            Map.entry("DESIGNATED_SAFEGUARDING_LEAD", "The designated safeguarding lead"),
            Map.entry("EMPLOYER", "The adult's employer"),
            Map.entry("HUMAN_RESOURCES", "Human resources"),
            Map.entry("SUBSTANTIATED", "Substantiated: there is enough evidence to prove the allegation"),
            Map.entry(
                    "UNSUBSTANTIATED",
                    "Unsubstantiated: there is not enough evidence to prove or disprove the allegation"),
            Map.entry("UNFOUNDED", "Unfounded: there is no evidence or basis that supports the allegation"),
            Map.entry("FALSE", "False: there is enough evidence to disprove the allegation"),
            Map.entry("MALICIOUS", "Malicious: there is clear evidence of a deliberate act to deceive or cause harm"),
            Map.entry("CHILD_IN_NEED_SUPPORT", "The child is in need: support under section 17"),
            Map.entry("CHILD_PROTECTION_CONFERENCE", "An initial child protection conference"));

    /**
     * The police's codes as they arrive on {@code casebridge.police.events} (strings of the published language, so the
     * school's words do not depend on the police's enums).
     */
    private static final Map<String, String> POLICE = Map.ofEntries(
            Map.entry("OUTCOME_21", "Outcome 21: further investigation not in the public interest"),
            Map.entry(
                    "OUTCOME_22",
                    "Outcome 22: diversionary, educational or intervention activity, no further action in the public"
                            + " interest"),
            Map.entry("CHARGE", "Charge or summons"),
            Map.entry("CAUTION", "Youth caution"),
            Map.entry("ADULT_CAUTION", "Adult caution"),
            Map.entry("COMMUNITY_RESOLUTION", "Community resolution"),
            Map.entry("NO_FURTHER_ACTION", "No further action"),
            Map.entry("ADULT_INVOLVEMENT", "an adult is involved"),
            Map.entry("EXPLOITATION", "exploitation"),
            Map.entry("GROOMING", "grooming"),
            Map.entry("COERCION_OR_BLACKMAIL", "coercion or blackmail"),
            Map.entry("PROFIT_MOTIVE", "a profit motive"),
            Map.entry("MALICIOUS_INTENT", "malicious intent"),
            Map.entry("PERSISTENT_OR_REPEATED", "persistent or repeated behaviour"),
            Map.entry("KNOWN_VULNERABILITIES", "known vulnerabilities"),
            Map.entry("PREVIOUS_INCIDENTS", "previous incidents"),
            Map.entry("TAKE_MAKE_DISTRIBUTE", "taking, making or distributing indecent images of children (86/02)"),
            Map.entry("POSSESSION", "possession of indecent images of children (86/10)"),
            Map.entry("86/02", "taking, making or distributing indecent images of children (86/02)"),
            Map.entry("86/10", "possession of indecent images of children (86/10)"),
            Map.entry("POLICE_IN_CONTROL", "the police take control"),
            Map.entry("SUPPORT_VICTIMS_AND_ASSIST_SCHOOL", "the police support the children and assist the school"),
            Map.entry("VICTIM", "victim"),
            Map.entry("PERSON_INVOLVED", "person involved"),
            Map.entry("SUSPECT", "suspect"),
            Map.entry("SECTION_47_ENQUIRIES", "section 47 enquiries"),
            Map.entry("POLICE_INVESTIGATION", "the police investigation"),
            Map.entry("SUPPORT_PLAN", "the support plan"),
            Map.entry("SCHOOL", "the school"),
            Map.entry("HEALTH", "health"),
            Map.entry("LADO", "the LADO"),
            Map.entry("PARENTS", "the parents"),
            Map.entry("PARENTS_OR_CARERS", "the parents or carers"),
            Map.entry("SEIZED", "seized by the police"),
            Map.entry("NOT_SEIZED", "not seized"),
            Map.entry("EXAMINED", "examined by the police"),
            Map.entry("CAID_STATUS", "Child Abuse Image Database status recorded"),
            Map.entry("DISPOSED", "disposed of by the police"),
            Map.entry("SCHOOL_DELETION_WITHDRAWN", "deletion by the school withdrawn"),
            Map.entry("ESCALATION_ACCEPTED", "referral accepted"),
            Map.entry("ESCALATION_DECLINED", "referral declined"),
            Map.entry("ROUND_OPENED", "re-escalation received"),
            Map.entry("OUTCOME_DECIDED", "outcome decided"),
            Map.entry("DELETION_LEFT_TO_SCHOOL", "deletion left to the school"),
            Map.entry("DEVICE_DECIDED", "device decision"),
            Map.entry("STRATEGY_MEETING_CONVENED", "strategy meeting convened"),
            Map.entry("ACTION_ASSIGNED", "strategy action assigned"),
            Map.entry("ACTION_COMPLETED", "strategy action completed"),
            Map.entry("DISCLOSURE_STATEMENT_GIVEN", "disclosure statement given"),
            Map.entry("LEGAL_HOLD_PLACED", "legal hold placed on the police record"),
            Map.entry("LEGAL_HOLD_LIFTED", "legal hold on the police record lifted"));

    /** Each criterion for immediate referral as the phrase that says it is met. */
    private static final Map<String, String> MET = Map.of(
            Criterion.ADULT_INVOLVED.name(),
            "an adult is involved",
            Criterion.COERCION_OR_GROOMING_OR_CAPACITY.name(),
            "a child may have been coerced, blackmailed or groomed, or their capacity to consent is in doubt",
            Criterion.UNUSUAL_OR_VIOLENT_ACTS.name(),
            "the imagery suggests unusual or violent sexual acts",
            Criterion.UNDER_13_SEXUAL_ACTS.name(),
            "the imagery involves sexual acts and a child under 13",
            Criterion.IMMEDIATE_RISK_OF_HARM.name(),
            "a child is at immediate risk of harm");

    /** The school's words first, then the police's. */
    private static final CodeWordTable WORDS = CodeWordTable.from(CASE, POLICE);

    private CodeWords() {}

    /** The criteria met, as a phrase: "an adult is involved and a child is at immediate risk of harm"; "none". */
    public static String criteriaMet(Collection<?> codes) {
        if (codes == null || codes.isEmpty()) {
            return "none";
        }
        return codes.stream()
                .map(code -> code instanceof Enum<?> constant ? constant.name() : String.valueOf(code))
                .sorted()
                .map(code -> MET.getOrDefault(code, of(code)))
                .collect(Collectors.joining(" and "));
    }

    /** The words for a code: "OUTCOME_21" reads "Outcome 21: further investigation not in the public interest". */
    public static String of(String code) {
        return WORDS.of(code);
    }

    /** The words for an enum constant or a code. */
    public static String of(Object code) {
        return WORDS.of(code);
    }

    /**
     * The words for several codes inside a sentence, each with a small first letter unless it starts with an acronym:
     * "the LADO, the headteacher and the police"; "none" for none.
     */
    public static String phrase(Collection<?> codes) {
        if (codes == null || codes.isEmpty()) {
            return "none";
        }
        List<String> words = codes.stream()
                .map(CodeWords::of)
                .map(word -> word.length() > 1 && Character.isUpperCase(word.charAt(1))
                        ? word
                        : Character.toLowerCase(word.charAt(0)) + word.substring(1))
                .toList();
        if (words.size() == 1) {
            return words.getFirst();
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
    }

    /** The words for several codes, in their order, joined as "a, b and c"; "none" for none. */
    public static String list(Collection<?> codes) {
        if (codes == null || codes.isEmpty()) {
            return "none";
        }
        List<String> words = codes.stream().map(CodeWords::of).toList();
        if (words.size() == 1) {
            return words.getFirst();
        }
        return words.subList(0, words.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                + words.getLast();
    }
}
