/** The words people read for the codes of a case, written once for the portal, the timeline and police updates. */
package org.casebridge.cases.words;
