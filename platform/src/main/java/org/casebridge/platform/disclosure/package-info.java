/**
 * Subject access disclosures (UK GDPR Art 15; ADR 0057), written once for every controller: a {@link Redactor} that
 * withholds third parties' identities from free text and lists each redaction with its reason, a
 * {@link DisclosureDocument} of sections and rows in words, and {@link DisclosurePdf} that renders it to a PDF with
 * openhtmltopdf on Apache PDFBox. What a disclosure contains is each service's own question.
 */
@NullMarked
package org.casebridge.platform.disclosure;

import org.jspecify.annotations.NullMarked;
