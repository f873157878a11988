/**
 * The registry of every integration event type, derived from the sealed roots of {@code events.school},
 * {@code events.police} and {@code events.agency}, and the owner of each topic. It sits above them so that the roots' package never depends on
 * its own subpackages.
 */
@NullMarked
package org.casebridge.events.registry;

import org.jspecify.annotations.NullMarked;
