/** The receiving school's records of transferred children (processing group {@code child-record-transfers}). */
package org.casebridge.cases.transfer.query;
