/** The transfer API: a DSL sends a child's record, the new school's DSL reads it and confirms receipt. */
package org.casebridge.cases.transfer.web;
