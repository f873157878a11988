/** The receiving school's record of a transferred child: its commands, events and the content copied into it. */
package org.casebridge.cases.transfer.api;
