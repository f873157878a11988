package org.casebridge.cases.incident.query;

import java.util.List;

/** A case's events in order. */
public record CaseTimelineView(String caseId, List<TimelineEntryView> entries) {}
