/**
 * The DSL portal's transfer pages: send a child's record to the new school from the case, and "Records transferred to
 * us", where the new school opens a record (recorded) and confirms receipt. The same service and queries as the API.
 */
package org.casebridge.cases.transfer.portal;
