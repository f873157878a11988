package org.casebridge.platform.portal;

import java.time.Instant;
import java.util.Map;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.problem.NotFoundException;
import org.casebridge.platform.problem.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Where the portal's script saves a form's answers while the user types (every form marked
 * {@code data-autosave="<key>"}). The answers merge into the user's draft of that form; the page reads the draft back
 * when it is shown again, after a timeout, a closed tab or a new sign-in. A refused save is a problem the script
 * shows, and writes nothing: 404 for a key no form of the service declares, 403 for a form the user's role does not
 * fill in, 422 for a draft too large or one draft too many.
 */
@PortalController
public class PortalDraftController {

    private final PortalDrafts drafts;

    public PortalDraftController(PortalDrafts drafts) {
        this.drafts = drafts;
    }

    @PostMapping("/portal/drafts/{key}")
    @ResponseBody
    public ResponseEntity<?> save(
            @PathVariable String key, @RequestParam MultiValueMap<String, String> fields, Actor actor) {
        if (!drafts.registered(key)) {
            return problem(Problems.of(404, "not-found", "Not found", "There is no such form."));
        }
        try {
            Instant saved = drafts.save(actor, key, PortalForm.of(fields).values());
            return ResponseEntity.ok(Map.of("savedAt", saved.toString()));
        } catch (DraftRefusedException e) {
            return problem(Problems.of(e.status(), e.rule(), "Draft not saved", e.getMessage()));
        } catch (NotFoundException e) {
            return problem(Problems.of(404, "not-found", "Not found", "There is no such form."));
        }
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
