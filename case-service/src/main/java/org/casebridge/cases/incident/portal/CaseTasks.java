package org.casebridge.cases.incident.portal;

import java.util.ArrayList;
import java.util.List;
import org.casebridge.cases.incident.query.CaseDetailView;
import org.casebridge.platform.portal.PortalDates;

/**
 * A case as a GOV.UK task list: what is done, what is due, and what cannot start yet, each with the page that does
 * it. Derived from the same case view the API returns.
 *
 * @param tasks the tasks in the order the guidance takes them
 */
record CaseTasks(List<Task> tasks) {

    /** One task: its name, the page that does it (null when there is nothing to do), and its status. */
    record Task(String id, String name, String href, String status, String hint, boolean done) {}

    static CaseTasks of(CaseDetailView detail) {
        String base = "/portal/cases/" + detail.summary().caseId();
        String status = detail.summary().status();
        boolean closed = "CLOSED".equals(status);
        boolean reviewed = detail.initialReviewAt() != null;
        boolean decided = "REFERRED".equals(status) || "HANDLED_IN_SCHOOL".equals(status) || (closed && reviewed);
        List<Task> tasks = new ArrayList<>();
        tasks.add(new Task("report", "Report the incident", null, "Completed", null, true));
        if (reviewed) {
            tasks.add(new Task("initial-review", "Initial review", null, "Completed", null, true));
        } else {
            tasks.add(new Task(
                    "initial-review",
                    "Initial review",
                    closed ? null : base + "/initial-review",
                    detail.summary().overdue() ? "Overdue" : "Due",
                    "Due by " + PortalDates.shown(detail.summary().initialReviewDueAt()),
                    false));
        }
        if (decided) {
            tasks.add(new Task(
                    "decision",
                    "Refer or handle in school",
                    null,
                    "Completed",
                    detail.summary().referredTo().isEmpty()
                            ? "Handled in school"
                            : "Referred to "
                                    + new CaseText().all(detail.summary().referredTo()),
                    true));
        } else {
            tasks.add(new Task(
                    "decision",
                    "Refer or handle in school",
                    reviewed && !closed ? base + "/referral" : null,
                    reviewed ? "To do" : "Cannot start yet",
                    detail.summary().criteriaMet().isEmpty() ? null : "A criterion was met: the case must be referred",
                    false));
        }
        long parentsDone = detail.childrenInvolved().stream()
                .filter(child -> child.parents() != null)
                .count();
        int children = detail.childrenInvolved().size();
        tasks.add(new Task(
                "parents",
                "Parents or carers",
                closed ? null : base + "/parents",
                parentsDone == children ? "Completed" : parentsDone + " of " + children + " recorded",
                "A decision for each child: told, or why not",
                parentsDone == children));
        long devicesOpen = detail.devices().stream()
                .filter(device -> "WITH_SCHOOL".equals(device.custody()))
                .count();
        tasks.add(new Task(
                "devices",
                "Devices",
                closed ? null : base + "/devices",
                detail.devices().isEmpty()
                        ? "None recorded"
                        : devicesOpen == 0 ? "Completed" : devicesOpen + " still with the school",
                "Record a confiscated device, then what happened to it",
                devicesOpen == 0));
        if (detail.summary().referredTo().contains("POLICE")) {
            boolean outcome = detail.policeOutcomeWords() != null;
            tasks.add(new Task(
                    "police",
                    "Police outcome",
                    null,
                    outcome ? "Completed" : "Awaiting the police",
                    outcome ? detail.policeOutcomeWords() : "The police decide; their decisions appear below",
                    outcome));
        }
        if (detail.lado().applies()) {
            CaseDetailView.Lado lado = detail.lado();
            boolean waiting = lado.referralDueAt() != null;
            tasks.add(new Task(
                    "lado",
                    "Refer to the LADO",
                    waiting ? base + "/lado-referral" : null,
                    waiting ? (lado.referralOverdue() ? "Overdue" : "Due") : "Completed",
                    waiting
                            ? "An adult in a position of trust is involved: due by "
                                    + PortalDates.shown(lado.referralDueAt())
                            : "Referred on " + PortalDates.shown(lado.referredAt()),
                    !waiting));
            if (decided && !detail.summary().referredTo().contains("POLICE")) {
                tasks.add(new Task(
                        "lado-police",
                        "Tell the police that an adult is involved",
                        base + "/escalation",
                        "To do",
                        "An adult involved is a criterion for referral to the police: escalate the case to them",
                        false));
            }
        }
        tasks.add(new Task(
                "closure",
                "Close the case",
                decided && !closed ? base + "/closure" : null,
                closed ? "Completed" : decided ? "To do" : "Cannot start yet",
                null,
                closed));
        return new CaseTasks(tasks);
    }
}
