package org.casebridge.notification.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casebridge.events.lawful.Schedule1Condition;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.notification.agency.AgencyDirectory;
import org.casebridge.notification.agency.DirectoryAgency;
import org.casebridge.notification.delivery.outbox.DeliveryStatus;
import org.casebridge.notification.delivery.query.CaseName;
import org.casebridge.notification.subscription.command.Article6Basis;
import org.casebridge.notification.subscription.command.CaseScope;
import org.casebridge.notification.subscription.command.ChannelType;
import org.casebridge.notification.subscription.command.SubscriptionStatus;
import org.casebridge.notification.words.NotificationWords;
import org.casebridge.platform.portal.PortalDates;
import org.casebridge.platform.portal.PortalOption;
import org.casebridge.platform.reference.PlaceNames;
import org.springframework.stereotype.Component;

/**
 * Words the agency pages show for the service's codes, and names for its ids: schools, areas and police forces from the
 * school reference data, agencies from the agency directory, cases by what the agency knows of them (ADR 0052).
 * Available to templates as {@code @portalText}; the words themselves are {@link NotificationWords}'.
 */
@Component("portalText")
public class PortalText {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final PlaceNames places;
    private final AgencyDirectory agencies;

    PortalText(PlaceNames places, AgencyDirectory agencies) {
        this.places = places;
        this.agencies = agencies;
    }

    /** "org.casebridge.school.referral-made.v1" reads "Referral made (school)". */
    public String eventType(String type) {
        return NotificationWords.eventType(type);
    }

    /** Any code of the service in words: "CHILD_IN_NEED_SUPPORT" reads "The child is in need: ...". */
    public String words(Object code) {
        return NotificationWords.of(code);
    }

    public String school(String urn) {
        return places.school(urn);
    }

    /** A local authority by name: "Hackney"; its ONS code when the reference data does not know it. */
    public String area(String code) {
        return code == null ? "Not known yet" : places.area(code);
    }

    /** Areas as a person chooses them: "Hackney (E09000012), Tower Hamlets (E09000030)"; "Any" for none. */
    public String areas(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return "Any";
        }
        return codes.stream()
                .sorted()
                .map(code -> places.area(code).equals(code) ? code : places.area(code) + " (" + code + ")")
                .collect(Collectors.joining(", "));
    }

    /** A local authority by name with its code, where people type codes: "Hackney (E09000012)". */
    public String areaWithCode(String code) {
        return areas(code == null ? List.of() : List.of(code));
    }

    /** A month of a report ("2026-03") as people read it: "March 2026". */
    public String month(String yearMonth) {
        if (yearMonth == null) {
            return "";
        }
        try {
            return MONTH.format(YearMonth.parse(yearMonth));
        } catch (DateTimeParseException e) {
            return yearMonth;
        }
    }

    /** An agency by its name in the agency directory; its id only when the directory does not know it. */
    public String agency(String agencyId) {
        return agencies.find(agencyId).map(DirectoryAgency::name).orElse(agencyId);
    }

    public String agencies(Collection<String> agencyIds) {
        return agencyIds.stream().map(this::agency).collect(Collectors.joining(", "));
    }

    /** Whose record a share was: the school or the police force, by name. */
    public String controller(String kind, String id) {
        if (id == null) {
            return "Not recorded";
        }
        return "POLICE_FORCE".equals(kind) ? places.force(id) : places.school(id);
    }

    /**
     * A case as the agency can tell it from others, never by its id: "CPA-2026-0042, Clapton Park Academy, referred 2
     * December 2026 at 10:00" (the reference once the school has published it); without a school event, "A case in
     * Hackney, first shared ...".
     */
    public String caseName(CaseName name) {
        if (name == null) {
            return "A case";
        }
        if (name.schoolUrn() != null) {
            String school = name.caseReference() == null
                    ? places.school(name.schoolUrn())
                    : name.caseReference() + ", " + places.school(name.schoolUrn());
            if (name.referredAt() != null) {
                return school + ", referred " + when(name.referredAt());
            }
            return name.firstHeardAt() == null ? school : school + ", first shared " + when(name.firstHeardAt());
        }
        String place =
                name.localAuthorityCode() == null ? "A case" : "A case in " + places.area(name.localAuthorityCode());
        return name.firstHeardAt() == null ? place : place + ", first shared " + when(name.firstHeardAt());
    }

    public List<String> eventTypes(Collection<String> types) {
        return types.stream().map(this::eventType).toList();
    }

    /** A day as people write it: "2 December 2026". */
    public String day(LocalDate date) {
        return date == null ? "" : PortalDates.shown(date);
    }

    public String when(Instant instant) {
        return PortalDates.shown(instant);
    }

    public String channel(ChannelType type) {
        return switch (type) {
            case WEBHOOK -> "Webhook";
            case EMAIL -> "Email";
            case KAFKA -> "Kafka topic";
        };
    }

    public String scope(CaseScope scope) {
        return switch (scope) {
            case ALL_IN_AREA -> "Every case in the areas";
            case INVOLVED_ONLY -> "Only cases the agency is involved in";
        };
    }

    public String status(SubscriptionStatus status) {
        return status == SubscriptionStatus.ACTIVE ? "Active" : "Paused";
    }

    public String deliveryStatus(DeliveryStatus status) {
        return switch (status) {
            case PENDING -> "Waiting to send";
            case DELIVERED -> "Delivered";
            case DEAD_LETTERED -> "Failed";
        };
    }

    /** The GOV.UK tag colour of a delivery status; the words carry the meaning, the colour only repeats it. */
    public String deliveryTag(DeliveryStatus status) {
        return switch (status) {
            case PENDING -> "govuk-tag--yellow";
            case DELIVERED -> "govuk-tag--green";
            case DEAD_LETTERED -> "govuk-tag--red";
        };
    }

    public String article6(Article6Basis basis) {
        return NotificationWords.of(basis);
    }

    /** The published event types among {@code offered}, in the published language's order. */
    List<PortalOption> eventTypeOptions(Set<String> offered) {
        return IntegrationEventTypes.all().keySet().stream()
                .filter(offered::contains)
                .map(type -> new PortalOption(type, eventType(type), type))
                .toList();
    }

    List<PortalOption> scopeOptions() {
        return List.of(
                new PortalOption(
                        CaseScope.ALL_IN_AREA.name(),
                        scope(CaseScope.ALL_IN_AREA),
                        "Every case of a school in the local authorities you name"),
                new PortalOption(
                        CaseScope.INVOLVED_ONLY.name(),
                        scope(CaseScope.INVOLVED_ONLY),
                        "Cases the police invite you to a strategy meeting about or give you an action on, from then on"));
    }

    List<PortalOption> channelOptions() {
        return List.of(
                new PortalOption(
                        ChannelType.WEBHOOK.name(),
                        channel(ChannelType.WEBHOOK),
                        "Signed messages sent to your system's web address"),
                new PortalOption(
                        ChannelType.EMAIL.name(),
                        channel(ChannelType.EMAIL),
                        "A notice with a sign-in link; no case details in the email"),
                new PortalOption(
                        ChannelType.KAFKA.name(), channel(ChannelType.KAFKA), "Events on your agency's own topic"));
    }

    /**
     * Only the bases a public authority may share on for its task are offered: consent is never a basis for a
     * safeguarding share, and neither legitimate interests nor a contract fits a public authority's task (ADR 0024).
     */
    List<PortalOption> article6Options() {
        return List.of(
                new PortalOption(
                        Article6Basis.PUBLIC_TASK.name(),
                        article6(Article6Basis.PUBLIC_TASK),
                        "Usual for local authority and statutory safeguarding work"),
                new PortalOption(Article6Basis.LEGAL_OBLIGATION.name(), article6(Article6Basis.LEGAL_OBLIGATION)),
                new PortalOption(Article6Basis.VITAL_INTERESTS.name(), article6(Article6Basis.VITAL_INTERESTS)));
    }

    /** The DPA 2018 Schedule 1 conditions, safeguarding (para 18) first as the usual one. */
    List<PortalOption> schedule1Options() {
        return Stream.concat(
                        Stream.of(Schedule1Condition.PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK),
                        Arrays.stream(Schedule1Condition.values())
                                .filter(condition -> condition
                                        != Schedule1Condition.PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK))
                .map(condition -> new PortalOption(
                        condition.name(),
                        "Part " + condition.part() + " paragraph " + condition.paragraph() + ": " + condition.title(),
                        "UK GDPR Art " + condition.article9Point()))
                .toList();
    }
}
