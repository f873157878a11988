package org.casebridge.notification.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partnership report of one area, as JSON and as CSV: for a partnership that covers the area, or an auditor.
 * Every read is recorded in the access log.
 */
@RestController
@Validated
@Tag(
        name = "Partnership reports",
        description = "Anonymised monthly figures of an area for its safeguarding partnership")
public class PartnershipReportController {

    static final String AREA = "[EW]\\d{8}";
    static final String MONTH = "\\d{4}-\\d{2}";

    private final PartnershipReports reports;

    public PartnershipReportController(PartnershipReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/reports/partnership")
    @RecordsAccess(value = "partnership-report", caseIdVariable = "")
    @Operation(
            summary = "Monthly figures of an area: referrals, police outcomes, aggravating factors, children's social"
                    + " care's acknowledgement clock, and days from referral to outcome",
            description = "Counts from 1 to 4 are {\"value\": null, \"display\": \"fewer than 5\"}; 0 and 5 or more"
                    + " carry their value. from and to are months (yyyy-MM), by default the twelve months to this one;"
                    + " at most " + PartnershipReports.MAX_MONTHS + " months.")
    public PartnershipReport report(
            Actor actor,
            @Parameter(example = "E09000012") @Pattern(regexp = AREA) @RequestParam String area,
            @Parameter(example = "2026-01") @Pattern(regexp = MONTH) @RequestParam(required = false) String from,
            @Parameter(example = "2026-12") @Pattern(regexp = MONTH) @RequestParam(required = false) String to) {
        return reports.report(actor, area, from, to);
    }

    @GetMapping(value = "/api/reports/partnership.csv", produces = "text/csv")
    @RecordsAccess(value = "partnership-report-csv", caseIdVariable = "")
    @Operation(summary = "The same figures as CSV, one line per figure, as displayed (\"fewer than 5\" included)")
    public ResponseEntity<String> csv(
            Actor actor,
            @Parameter(example = "E09000012") @Pattern(regexp = AREA) @RequestParam String area,
            @Parameter(example = "2026-01") @Pattern(regexp = MONTH) @RequestParam(required = false) String from,
            @Parameter(example = "2026-12") @Pattern(regexp = MONTH) @RequestParam(required = false) String to) {
        PartnershipReport report = reports.report(actor, area, from, to);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"partnership-" + report.area() + "-" + report.from() + "-" + report.to()
                                + ".csv\"")
                .body(PartnershipReports.csv(report));
    }
}
