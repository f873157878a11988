/**
 * Partnership reporting (issue 13 item 4): local safeguarding children partnerships see anonymised monthly figures
 * of their areas. {@link org.casebridge.notification.report.PartnershipFactIntake} stores what each integration event
 * counts for as a {@link org.casebridge.notification.report.PartnershipFactsRecordedEvent};
 * {@link org.casebridge.notification.report.PartnershipReportProjection} counts those and the acknowledgement clocks
 * of the agency cases per area and month; {@link org.casebridge.notification.report.PartnershipReports} reads them,
 * numbers from 1 to 4 shown as "fewer than 5".
 */
package org.casebridge.notification.report;
