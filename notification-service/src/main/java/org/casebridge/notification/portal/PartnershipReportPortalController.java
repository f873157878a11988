package org.casebridge.notification.portal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.casebridge.notification.report.PartnershipCharts;
import org.casebridge.notification.report.PartnershipReport;
import org.casebridge.notification.report.PartnershipReports;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An area's partnership report as a page: per measure a chart drawn on the server (SVG, {@link PartnershipCharts})
 * beside a table of the same figures (months down), the days from referral to outcome likewise, and the CSV download;
 * the same figures as the API, "fewer than 5" included. A partnership of one area lands on it.
 */
@PortalController
class PartnershipReportPortalController {

    private static final Pattern AREA = Pattern.compile("[EW]\\d{8}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /** The key of the chart of days from referral to outcome among the charts of the measures. */
    static final String REFERRAL_TO_OUTCOME = "REFERRAL_TO_OUTCOME";

    private final PartnershipReports reports;
    private final PortalText text;

    PartnershipReportPortalController(PartnershipReports reports, PortalText text) {
        this.reports = reports;
        this.text = text;
    }

    @GetMapping("/portal/reports/partnership")
    @RecordsAccess(value = "partnership-report", caseIdVariable = "")
    String report(
            Actor actor,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        Set<String> areas = reports.areasOf(actor);
        String chosen = area != null && AREA.matcher(area).matches()
                ? area
                : areas.isEmpty() ? null : areas.iterator().next();
        model.addAttribute("heading", "Partnership report");
        model.addAttribute("areas", areas);
        if (chosen == null) {
            model.addAttribute("report", null);
            return "agency/partnership-report";
        }
        PartnershipReport report = reports.report(actor, chosen, month(from), month(to));
        model.addAttribute("report", report);
        Map<String, String> charts = new LinkedHashMap<>();
        report.measures().forEach(measure -> charts.put(measure.measure(), PartnershipCharts.measure(report, measure)));
        charts.put(REFERRAL_TO_OUTCOME, PartnershipCharts.referralToOutcome(report));
        model.addAttribute("charts", charts);
        model.addAttribute("heading", "Partnership report for " + text.area(report.area()));
        return "agency/partnership-report";
    }

    private static String month(String value) {
        return value != null && MONTH.matcher(value).matches() ? value : null;
    }
}
