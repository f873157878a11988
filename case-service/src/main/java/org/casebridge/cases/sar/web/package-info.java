/** The API of subject access requests: a school DSL's only. */
package org.casebridge.cases.sar.web;
