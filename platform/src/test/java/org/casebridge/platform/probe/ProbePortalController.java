package org.casebridge.platform.probe;

import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalDrafts;
import org.casebridge.platform.portal.PortalForm;
import org.casebridge.platform.portal.PortalOption;
import org.casebridge.platform.problem.NotFoundException;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A portal page built on the platform's layout and components, as a service's portal builds them. */
@PortalController
class ProbePortalController {

    static final String DRAFT = "probe-note";
    static final List<PortalOption> URGENCY = List.of(
            new PortalOption("now", "Now"), new PortalOption("today", "Today", "Before the end of the school day"));

    private final PortalDrafts drafts;

    ProbePortalController(PortalDrafts drafts) {
        this.drafts = drafts;
    }

    @GetMapping("/portal/probes/{caseId}")
    @RecordsAccess(value = "probe", caseIdVariable = "caseId")
    String page(@PathVariable String caseId, Actor actor, Model model) {
        if (caseId.startsWith("missing")) {
            throw new NotFoundException("probe", caseId);
        }
        if (caseId.startsWith("gone")) {
            throw new AggregateNotFoundException(caseId, "No aggregate " + caseId);
        }
        model.addAttribute("caseId", caseId);
        model.addAttribute("form", PortalForm.of(drafts.load(actor, DRAFT)));
        model.addAttribute("urgency", URGENCY);
        return "probe/page";
    }

    @PostMapping("/portal/probes/{caseId}")
    String submit(
            @PathVariable String caseId, @RequestParam MultiValueMap<String, String> fields, Actor actor, Model model) {
        PortalForm form = PortalForm.of(fields);
        form.required("note", "Enter a note");
        form.required("urgency", "Select how urgent it is");
        if (form.hasErrors()) {
            drafts.save(actor, DRAFT, form.values());
            model.addAttribute("caseId", caseId);
            model.addAttribute("form", form);
            model.addAttribute("urgency", URGENCY);
            return "probe/page";
        }
        drafts.discard(actor, DRAFT);
        return "redirect:/portal/probes/" + caseId;
    }
}
