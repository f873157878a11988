/** The school's subject access requests as it reads them (processing group {@code subject-access-requests}). */
package org.casebridge.cases.sar.query;
