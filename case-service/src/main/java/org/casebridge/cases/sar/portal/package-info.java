/** Subject access requests in the DSL portal: start, review with the redaction list, withhold more, release. */
package org.casebridge.cases.sar.portal;
