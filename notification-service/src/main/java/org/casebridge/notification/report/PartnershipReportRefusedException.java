package org.casebridge.notification.report;

import org.casebridge.platform.problem.DomainRuleViolation;

/** A report asked for by someone who may not read it, or for months it cannot cover. */
public class PartnershipReportRefusedException extends DomainRuleViolation {

    private PartnershipReportRefusedException(int status, String rule, String detail) {
        super(status, rule, detail);
    }

    static PartnershipReportRefusedException roleRequired(String role) {
        return new PartnershipReportRefusedException(
                403,
                "partnership-role-required",
                "Only a local safeguarding children partnership or an auditor reads partnership reports, not " + role);
    }

    static PartnershipReportRefusedException areaNotTheirs(String area) {
        return new PartnershipReportRefusedException(
                403, "area-not-in-partnership", "The partnership does not cover area " + area);
    }

    static PartnershipReportRefusedException months(String detail) {
        return new PartnershipReportRefusedException(422, "report-months-invalid", detail);
    }
}
