/**
 * Hands a child's record from the sending case to the receiving school's record in one transaction. The rules are
 * the aggregates' ({@code SafeguardingCase} decides whether the transfer may start, on its own events); only then is
 * the content copied, from the case's read model, which is why this is not in a {@code command} package.
 */
package org.casebridge.cases.transfer.handover;
