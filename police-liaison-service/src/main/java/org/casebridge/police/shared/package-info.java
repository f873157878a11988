/**
 * What every police feature shares: who may act for a force, the refusals for a missing rationale or fact, and the
 * read models' column conversions. Uses the platform's actor and problem types and Jackson only.
 */
package org.casebridge.police.shared;
