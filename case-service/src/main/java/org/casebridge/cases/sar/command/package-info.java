/** The subject access request aggregate and its rules. */
package org.casebridge.cases.sar.command;
