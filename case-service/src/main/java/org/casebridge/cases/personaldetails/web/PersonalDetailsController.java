package org.casebridge.cases.personaldetails.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.CaseLimits;
import org.casebridge.cases.incident.query.CaseScope;
import org.casebridge.cases.personaldetails.PersonalDetails;
import org.casebridge.cases.personaldetails.PersonalDetailsService;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The only way to read who the children of a case are (the DSL of the case's school, or an auditor; every read
 * recorded), and the way to erase them (the DSL of the case's school only).
 */
@RestController
@RequestMapping("/api/cases/{caseId}")
@Tag(name = "Personal details", description = "Names, dates of birth and UPNs, encrypted per case")
public class PersonalDetailsController {

    private final PersonalDetailsService personalDetails;

    public PersonalDetailsController(PersonalDetailsService personalDetails) {
        this.personalDetails = personalDetails;
    }

    /** A child's details as stored. */
    public record PersonalDetailsResponse(
            String childRef, String givenName, String familyName, LocalDate dateOfBirth, String upn) {}

    /** Why the details are erased (retention ended, subject request...). */
    public record Erasure(
            @Size(max = CaseLimits.MAX_TEXT_LENGTH)
            @Schema(example = "Retention period ended: date of birth plus 25 years")
            String reason) {}

    @GetMapping("/children/{childRef}/personal-details")
    @RecordsAccess("child-personal-details")
    @Operation(
            summary = "Read a child's personal details",
            description = "404 when the case is outside the reader's scope (another school's; police and agencies"
                    + " see none here), the child has none on file, or they were erased."
                    + " Every read is recorded in the access log (say why in X-Access-Purpose).")
    public PersonalDetailsResponse read(Actor actor, @PathVariable UUID caseId, @PathVariable String childRef) {
        PersonalDetails details = personalDetails.read(new CaseId(caseId), CaseScope.of(actor), childRef);
        return new PersonalDetailsResponse(
                childRef, details.givenName(), details.familyName(), details.dateOfBirth(), details.upn());
    }

    @PostMapping("/personal-details/erasure")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Erase the case's personal details by destroying its key (crypto-shredding)")
    public void erase(Actor actor, @PathVariable UUID caseId, @Valid @RequestBody Erasure request) {
        personalDetails.erase(new CaseId(caseId), actor.actedBy(), request.reason());
    }
}
