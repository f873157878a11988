package org.casebridge.platform.access;

import org.jspecify.annotations.Nullable;

/**
 * What a service says of one read it recorded, when the case read is a school's (ADR 0070).
 *
 * @param schoolUrn      the school whose case it is
 * @param controller     the code of the organisation whose record was read when it is not the reader's (the
 *                       escalation's force for police-liaison-service), else null
 * @param record         what was read, a code of {@link org.casebridge.events.CaseReadEvent#record()}
 * @param lawfulBasis    the basis the service holds that record on, as the CloudEvents attribute spells it
 */
public record SchoolCaseRead(String schoolUrn, @Nullable String controller, String record, String lawfulBasis) {}
