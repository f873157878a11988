/**
 * What every police feature shares: who may read or act on a force's record and the refusals that follow, the
 * refusals for a missing rationale or fact and the refusal that names what it is about, what every event of a case
 * says ({@code PoliceCaseEvent}), and the read models' column conversions. Uses the platform's {@code ActedBy},
 * problem and sealing types, Axon's not-found exception and Jackson only.
 */
package org.casebridge.police.shared;
