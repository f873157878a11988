/** The access log: every read of a case recorded before its data leaves, and queried by auditors. */
@NullMarked
package org.casebridge.platform.access;

import org.jspecify.annotations.NullMarked;
