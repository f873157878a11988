package org.casebridge.cases.incident.portal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casebridge.cases.incident.api.Agency;
import org.casebridge.cases.incident.api.ChildFlag;
import org.casebridge.cases.incident.api.ChildRole;
import org.casebridge.cases.incident.api.Criterion;
import org.casebridge.cases.incident.api.HowCameToLight;
import org.casebridge.cases.incident.api.ImageryCategory;
import org.casebridge.cases.incident.api.ParentContactMethod;
import org.casebridge.cases.incident.api.Spread;
import org.casebridge.cases.incident.api.SupportType;
import org.casebridge.platform.portal.PortalDates;
import org.casebridge.platform.portal.PortalOption;
import org.springframework.stereotype.Component;

/**
 * The words the DSL reads for each code of the case, and the options of each question. Templates use it as
 * {@code @caseText}.
 */
@Component("caseText")
public class CaseText {

    private static final Map<String, String> WORDS = Map.ofEntries(
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
            Map.entry("RETURNED", "Returned"));

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

    /** The criteria met, as a phrase: "an adult is involved and a child is at immediate risk of harm". */
    public String criteriaMet(Collection<String> codes) {
        return codes.stream().map(code -> MET.getOrDefault(code, code)).collect(Collectors.joining(" and "));
    }

    /** The words for a code, or the code itself when it has none. */
    public String of(String code) {
        return code == null ? "" : WORDS.getOrDefault(code, code);
    }

    static String words(String code) {
        return WORDS.getOrDefault(code, code);
    }

    /** The words for several codes, joined with commas. */
    public String all(Collection<String> codes) {
        List<String> given = codes == null
                ? List.of()
                : codes.stream().filter(code -> code != null && !code.isBlank()).toList();
        return given.isEmpty() ? "None" : given.stream().map(this::of).collect(Collectors.joining(", "));
    }

    public String time(Instant instant) {
        return PortalDates.shown(instant);
    }

    /** The criteria for immediate referral as statements to tick, such as "An adult is involved". */
    static List<PortalOption> criteriaOptions() {
        return Arrays.stream(Criterion.values())
                .map(criterion -> {
                    String met = MET.get(criterion.name());
                    return new PortalOption(criterion.name(), Character.toUpperCase(met.charAt(0)) + met.substring(1));
                })
                .toList();
    }

    static List<PortalOption> options(Enum<?>[] values) {
        return Arrays.stream(values)
                .map(value -> new PortalOption(value.name(), WORDS.getOrDefault(value.name(), value.name())))
                .toList();
    }
}
