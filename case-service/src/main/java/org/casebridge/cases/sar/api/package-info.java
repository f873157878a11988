/** The commands and stored events of a subject access request. */
package org.casebridge.cases.sar.api;
