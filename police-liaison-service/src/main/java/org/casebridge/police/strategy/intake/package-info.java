/** Completions of strategy-meeting actions by their owners, from the school and agency topics (ADR 0022). */
package org.casebridge.police.strategy.intake;
