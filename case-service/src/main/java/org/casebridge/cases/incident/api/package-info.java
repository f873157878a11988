/**
 * The messages of a safeguarding case: commands, events and the value types they carry. Records only; no Spring,
 * no persistence. The command side, the projections and the web layer all speak this language.
 */
package org.casebridge.cases.incident.api;
