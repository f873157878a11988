package org.casebridge.cases.incident.api;

import org.casebridge.platform.sealing.Sealed;

/** Someone at the initial review meeting and the part they played (DSL, head of year, headteacher...). */
public record ReviewAttendee(@Sealed String name, String role) {}
