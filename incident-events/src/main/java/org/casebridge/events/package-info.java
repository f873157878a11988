/**
 * The published language of Casebridge: integration event records, topic names and CloudEvents types.
 * Depends on nothing but the JDK; services depend on it, never on each other.
 */
@NullMarked
package org.casebridge.events;

import org.jspecify.annotations.NullMarked;
