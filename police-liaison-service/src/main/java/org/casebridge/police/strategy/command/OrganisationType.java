package org.casebridge.police.strategy.command;

/** The kinds of organisation that take part in a strategy meeting or own its actions. */
public enum OrganisationType {
    SCHOOL,
    CHILDRENS_SOCIAL_CARE,
    POLICE,
    HEALTH,
    LADO,
    OTHER
}
