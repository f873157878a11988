package org.casebridge.events.lawful;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The lawful basis of one share of case information: under UK GDPR an Article 6 basis and a Schedule 1 condition,
 * under DPA 2018 Part 3 (a police force's law enforcement processing, s.35(2)(b)) a Schedule 8 condition. On Kafka it
 * travels as the CloudEvents extension attribute {@value #ATTRIBUTE} in the form {@link #attribute()} (ADR 0024).
 *
 * @param regime     the law the share is made under
 * @param article6   the UK GDPR Art 6(1) basis; null under Part 3
 * @param schedule1  the DPA 2018 Schedule 1 condition for the special category data; null under Part 3
 * @param schedule8  the DPA 2018 Schedule 8 condition for sensitive processing; null under UK GDPR
 */
public record LawfulBasis(
        Regime regime, Article6Basis article6, Schedule1Condition schedule1, Schedule8Condition schedule8) {

    /** The CloudEvents extension attribute (Kafka header {@code ce_lawfulbasis}). */
    public static final String ATTRIBUTE = "lawfulbasis";

    private static final String SEPARATOR = "/";
    private static final String LAW_ENFORCEMENT_TASK = "S35_2_B";

    public LawfulBasis {
        Objects.requireNonNull(regime, "regime");
        boolean complete = switch (regime) {
            case UK_GDPR -> article6 != null && schedule1 != null && schedule8 == null;
            case DPA_2018_PART_3 -> article6 == null && schedule1 == null && schedule8 != null;
        };
        if (!complete) {
            throw new IllegalArgumentException("A basis under " + regime + " names "
                    + (regime == Regime.UK_GDPR
                            ? "an Article 6 basis and a Schedule 1 condition"
                            : "a Schedule 8" + " condition")
                    + ", and nothing else");
        }
    }

    /** A share under UK GDPR. */
    public static LawfulBasis ukGdpr(Article6Basis article6, Schedule1Condition schedule1) {
        return new LawfulBasis(Regime.UK_GDPR, article6, schedule1, null);
    }

    /** A police force's share for the law enforcement purposes, DPA 2018 Part 3 s.35(2)(b) and s.35(5). */
    public static LawfulBasis lawEnforcement(Schedule8Condition schedule8) {
        return new LawfulBasis(Regime.DPA_2018_PART_3, null, null, schedule8);
    }

    /**
     * The attribute's value: {@code UK_GDPR/PUBLIC_TASK/SCH1_PARA_18} or {@code DPA_2018_PART_3/S35_2_B/SCH8_PARA_4}.
     */
    public String attribute() {
        return switch (regime) {
            case UK_GDPR ->
                String.join(SEPARATOR, regime.name(), article6.name(), "SCH1_PARA_" + schedule1.paragraph());
            case DPA_2018_PART_3 ->
                String.join(SEPARATOR, regime.name(), LAW_ENFORCEMENT_TASK, "SCH8_PARA_" + schedule8.paragraph());
        };
    }

    /** The basis an attribute value names; empty when it is missing or names anything not listed here. */
    public static Optional<LawfulBasis> parse(String attribute) {
        if (attribute == null) {
            return Optional.empty();
        }
        String[] parts = attribute.split(SEPARATOR, -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        if (Regime.UK_GDPR.name().equals(parts[0])) {
            Optional<Article6Basis> article6 = Arrays.stream(Article6Basis.values())
                    .filter(basis -> basis.name().equals(parts[1]))
                    .findFirst();
            Optional<Schedule1Condition> schedule1 = Arrays.stream(Schedule1Condition.values())
                    .filter(condition -> ("SCH1_PARA_" + condition.paragraph()).equals(parts[2]))
                    .findFirst();
            return article6.isPresent() && schedule1.isPresent()
                    ? Optional.of(ukGdpr(article6.get(), schedule1.get()))
                    : Optional.empty();
        }
        if (Regime.DPA_2018_PART_3.name().equals(parts[0]) && LAW_ENFORCEMENT_TASK.equals(parts[1])) {
            return Arrays.stream(Schedule8Condition.values())
                    .filter(condition -> ("SCH8_PARA_" + condition.paragraph()).equals(parts[2]))
                    .findFirst()
                    .map(LawfulBasis::lawEnforcement);
        }
        return Optional.empty();
    }

    /** For people: {@code UK GDPR Art 6(1)(e); Art 9(2)(g) with DPA 2018 Sch 1 Part 2 para 18 (...)}. */
    public String citation() {
        return switch (regime) {
            case UK_GDPR ->
                article6.citation() + "; Art " + schedule1.article9Point() + " with " + schedule1.citation();
            case DPA_2018_PART_3 -> "DPA 2018 Part 3 s.35(2)(b); s.35(5) with " + schedule8.citation();
        };
    }
}
