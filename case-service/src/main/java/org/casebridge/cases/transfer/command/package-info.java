/** The receiving school's record of a transferred child, and the service that moves a record between schools. */
package org.casebridge.cases.transfer.command;
