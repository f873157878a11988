package org.casebridge.cases.incident.portal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.casebridge.cases.incident.query.CaseHistory;
import org.casebridge.cases.incident.query.CaseScope;
import org.casebridge.cases.incident.query.CaseViewQueries;
import org.casebridge.platform.access.AccessEntry;
import org.casebridge.platform.access.AccessLogAuditController;
import org.casebridge.platform.access.AccessLogSearch;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.history.AsOfTooEarlyException;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalDates;
import org.casebridge.platform.portal.PortalForm;
import org.casebridge.platform.problem.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The school's looking back (ADR 0047): a case as it stood at a moment the DSL types or picks from the timeline, shown
 * as a historical view with nothing to act on, and who outside the school read the school's cases.
 */
@PortalController
public class CaseHistoryPortalController {

    private final CaseHistory history;
    private final CaseViewQueries queries;
    private final AccessLogSearch accessLog;

    public CaseHistoryPortalController(CaseHistory history, CaseViewQueries queries, AccessLogSearch accessLog) {
        this.history = history;
        this.queries = queries;
        this.accessLog = accessLog;
    }

    /**
     * The case as at {@code at} (an instant, as the timeline links give it) or as at the date and time typed in the
     * form's {@code asAt-*} fields; without either, the form alone.
     */
    @GetMapping("/portal/cases/{caseId}/as-at")
    @RecordsAccess("case-as-of")
    String asAt(
            @PathVariable UUID caseId,
            @RequestParam(required = false) @Nullable String at,
            PortalForm form,
            Actor actor,
            Model model) {
        CaseScope scope = CaseScope.of(actor);
        model.addAttribute("caseId", queries.detail(caseId, scope).summary().caseId());
        model.addAttribute("form", form);
        String instant = at;
        if (instant == null && form.values().keySet().stream().anyMatch(name -> name.startsWith("asAt-"))) {
            Instant typed = PortalDates.instant(form, "asAt", "the date you want to see the case as at");
            instant = typed == null ? null : typed.toString();
        }
        if (instant != null) {
            try {
                model.addAttribute("asOf", history.asOf(caseId, instant, scope));
            } catch (AsOfTooEarlyException e) {
                form.reject("asAt-day", "The case had not been reported yet at that time");
            } catch (InvalidParameterException e) {
                form.reject("asAt-day", e.getMessage());
            }
        }
        return "cases/as-at";
    }

    @GetMapping("/portal/outside-reads")
    @RecordsAccess(value = "outside-reads", caseIdVariable = "")
    String outsideReads(@RequestParam(defaultValue = "0") int page, Actor actor, Model model) {
        AccessLogSearch.Page reads = accessLog.readsByOthers(
                actor.organisation(), AccessLogAuditController.filter(null, null, null, null, null), page, 50);
        CaseScope scope = CaseScope.of(actor);
        Map<String, String> references = new HashMap<>();
        for (AccessEntry entry : reads.entries()) {
            if (entry.caseId() != null) {
                references.computeIfAbsent(
                        entry.caseId(),
                        id -> queries.reference(UUID.fromString(id), scope).orElse("a case no longer on file"));
            }
        }
        model.addAttribute("reads", reads);
        model.addAttribute("references", references);
        return "cases/outside-reads";
    }
}
