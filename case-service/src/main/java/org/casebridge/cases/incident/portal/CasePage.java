package org.casebridge.cases.incident.portal;

import org.casebridge.cases.incident.api.CaseLimits;
import org.casebridge.cases.incident.query.CaseDetailView;
import org.casebridge.platform.portal.PortalForm;
import org.springframework.ui.Model;

/**
 * What every portal page about one case shows and asks in the same way (ADR 0026): the case with the form as the DSL
 * typed it, and the reason a decision is taken, which the case's rules limit to 4000 characters. The case, transfer
 * and subject access pages use it, so a change to the frame of a case's page is made once.
 */
public final class CasePage {

    private CasePage() {}

    /** Shows {@code view} with the case ({@code detail}, {@code caseId}) and the {@code form} as typed. */
    public static String show(String view, CaseDetailView detail, PortalForm form, Model model) {
        model.addAttribute("detail", detail);
        model.addAttribute("caseId", detail.summary().caseId());
        model.addAttribute("form", form);
        return view;
    }

    /** The answer to the page's "why" question, {@code reason}: required with {@code message}, and not too long. */
    public static String reason(PortalForm form, String message) {
        String reason = form.required("reason", message);
        form.limited("reason", CaseLimits.MAX_TEXT_LENGTH, "The reason must be 4000 characters or fewer");
        return reason;
    }
}
