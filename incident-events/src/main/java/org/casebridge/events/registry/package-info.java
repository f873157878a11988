/**
 * The registry of every integration event type, derived from the sealed roots of {@code events.school} and
 * {@code events.police}, and the owner of each topic. It sits above them so that the roots' package never depends on
 * its own subpackages.
 */
@NullMarked
package org.casebridge.events.registry;

import org.jspecify.annotations.NullMarked;
