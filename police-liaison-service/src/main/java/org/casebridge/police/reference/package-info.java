/**
 * The police reference data, in one place: the forces with their crime reference formats ({@link
 * org.casebridge.police.reference.ForceDirectory}), the Home Office Counting Rules classifications this platform
 * records ({@link org.casebridge.police.reference.HocrClassification}) and the outcomes an officer may propose
 * ({@link org.casebridge.police.reference.OutcomeCode}).
 * <p>
 * Classifications and outcomes follow the NPCC briefing of November 2016 and the Home Office outcome framework;
 * the crime reference formats are examples and must be confirmed with each force. A deployment adds or overrides
 * forces under {@code casebridge.police.forces} (code, name, crime-reference-pattern, crime-reference-example)
 * without a code change. Depends on nothing but the JDK.
 */
package org.casebridge.police.reference;
