package org.casebridge.cases.incident.api;

/** Someone at the initial review meeting and the part they played (DSL, head of year, headteacher...). */
public record ReviewAttendee(String name, String role) {}
