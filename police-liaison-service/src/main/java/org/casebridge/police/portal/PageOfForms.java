package org.casebridge.police.portal;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalForm;
import org.casebridge.platform.portal.PortalPages;
import org.springframework.ui.Model;

/**
 * A page that carries several forms, as a device's or a strategy meeting's page does, each form kept in a draft of its
 * own: the form just posted shows its answers and errors, every other form its draft. The template finds each form
 * under its name, its draft key under the name with "Draft", and the posted form's errors under "errors".
 */
public final class PageOfForms {

    private PageOfForms() {}

    /**
     * Puts the forms in the model.
     *
     * @param names the forms' names, for example "examinationForm"
     * @param draftOf the draft key of a form by its name
     * @param posted the name of the form posted, or null when the page is only shown
     * @param form the answers posted, or null when the page is only shown
     */
    public static void show(
            Model model,
            PortalPages pages,
            Actor actor,
            List<String> names,
            UnaryOperator<String> draftOf,
            String posted,
            PortalForm form) {
        for (String name : names) {
            model.addAttribute(name, name.equals(posted) ? form : pages.draft(actor, draftOf.apply(name)));
            model.addAttribute(name + "Draft", draftOf.apply(name));
        }
        model.addAttribute("errors", form == null ? PortalForm.of(Map.of()) : form);
    }
}
