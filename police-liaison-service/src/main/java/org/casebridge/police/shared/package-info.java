/**
 * Rules every police feature shares: who may act for a force, and the refusals for a missing rationale or fact.
 * Uses the platform's actor and problem types only.
 */
package org.casebridge.police.shared;
