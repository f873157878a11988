package org.casebridge.police.strategy.command;

/**
 * An organisation taking part, by its role in the meeting; never a named person.
 *
 * @param type         the kind of organisation
 * @param organisation its identifier: school URN, force code, local authority or agency id
 * @param role         the role present, for example {@code DSL} or {@code Social worker}
 */
public record Participant(OrganisationType type, String organisation, String role) {}
