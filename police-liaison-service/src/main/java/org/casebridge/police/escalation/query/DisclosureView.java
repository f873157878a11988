package org.casebridge.police.escalation.query;

import java.time.Instant;
import java.util.List;

/** The standard disclosure statement given to the school and/or parents: to whom, which version, when, by whom. */
public record DisclosureView(
        String eventId, List<String> givenTo, String statementVersion, Instant givenAt, String by) {}
