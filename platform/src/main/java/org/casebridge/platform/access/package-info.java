/** The access log: every read of a case recorded before its data leaves, and queried by auditors. */
package org.casebridge.platform.access;
