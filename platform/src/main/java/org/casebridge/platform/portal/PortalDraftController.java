package org.casebridge.platform.portal;

import java.time.Instant;
import java.util.Map;

import org.casebridge.platform.actor.Actor;
import org.springframework.http.HttpStatus;
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
 * when it is shown again, after a timeout, a closed tab or a new sign-in.
 */
@PortalController
public class PortalDraftController {

    private final PortalDrafts drafts;

    public PortalDraftController(PortalDrafts drafts) {
        this.drafts = drafts;
    }

    @PostMapping("/portal/drafts/{key}")
    @ResponseBody
    public ResponseEntity<?> save(@PathVariable String key, @RequestParam MultiValueMap<String, String> fields,
                                  Actor actor) {
        if (!PortalDrafts.validKey(key)) {
            return problem(HttpStatus.NOT_FOUND, "There is no such form.");
        }
        try {
            Instant saved = drafts.save(actor, key, PortalForm.of(fields).values());
            return ResponseEntity.ok(Map.of("savedAt", saved.toString()));
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
