package org.casebridge.cases.incident.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.casebridge.cases.incident.api.AddChildCommand;
import org.casebridge.cases.incident.api.AmendChildCommand;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.ChildInvolved;
import org.casebridge.cases.incident.api.LiftLegalHoldCommand;
import org.casebridge.cases.incident.api.SetLegalHoldCommand;
import org.casebridge.cases.incident.command.CaseCommands;
import org.casebridge.cases.incident.command.ChildAmendments;
import org.casebridge.cases.personaldetails.PersonalDetails;
import org.casebridge.platform.actor.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Amendments of a case, each with the DSL's reason and kept as an event beside what it corrects, and the legal hold
 * that suspends erasure. Writes, so a school DSL's alone ({@link DslOnlyWrites}), but for the legal hold, which the
 * school's auditor may set and lift as well ({@link AuditorMayWrite}); another school's case is 404.
 */
@RestController
@RequestMapping("/api/cases/{caseId}")
@Tag(name = "Amendments", description = "Children found later, corrections, and the legal hold on erasure")
public class CaseAmendmentController {

    private final ChildAmendments amendments;
    private final CaseCommands cases;

    public CaseAmendmentController(ChildAmendments amendments, CaseCommands cases) {
        this.amendments = amendments;
        this.cases = cases;
    }

    @PostMapping("/children")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Add a child found after the report, with the reason",
            description = "The ref must be new to the case (422 children-invalid otherwise); the personal details go"
                    + " to the encrypted store like the report's (409 personal-details-already-erased once shredded).")
    public void addChild(
            Actor actor, @PathVariable UUID caseId, @Valid @RequestBody AmendmentRequests.AddChild request) {
        CaseRequests.Child child = request.child();
        CaseRequests.PersonalDetails details = child.personalDetails();
        amendments.add(
                new AddChildCommand(
                        new CaseId(caseId),
                        actor.actedBy(),
                        new ChildInvolved(child.ref(), child.age(), child.yearGroup(), child.roles(), child.flags()),
                        request.reason()),
                details == null
                        ? null
                        : new PersonalDetails(
                                details.givenName(), details.familyName(), details.dateOfBirth(), details.upn()));
    }

    @PostMapping("/children/{childRef}/amendments")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Correct a child's age, year group or roles, with the reason",
            description = "422 required-detail-missing when nothing changes; the old values stay on the timeline.")
    public void amendChild(
            Actor actor,
            @PathVariable UUID caseId,
            @PathVariable String childRef,
            @Valid @RequestBody AmendmentRequests.AmendChild request) {
        cases.send(new AmendChildCommand(
                new CaseId(caseId),
                actor.actedBy(),
                childRef,
                request.age(),
                request.yearGroup(),
                request.roles(),
                request.reason()));
    }

    @PostMapping("/legal-hold")
    @AuditorMayWrite
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Set a legal hold: the children's identities cannot be erased until it is lifted",
            description = "The school's DSL or auditor. 409 legal-hold-already-set when one is set.")
    public void setLegalHold(
            Actor actor, @PathVariable UUID caseId, @Valid @RequestBody AmendmentRequests.LegalHold request) {
        cases.send(new SetLegalHoldCommand(new CaseId(caseId), actor.actedBy(), request.reason()));
    }

    @PostMapping("/legal-hold/lifting")
    @AuditorMayWrite
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Lift the legal hold, with the reason",
            description = "The school's DSL or auditor. 409 no-legal-hold when none is set.")
    public void liftLegalHold(
            Actor actor, @PathVariable UUID caseId, @Valid @RequestBody AmendmentRequests.LegalHold request) {
        cases.send(new LiftLegalHoldCommand(new CaseId(caseId), actor.actedBy(), request.reason()));
    }
}
