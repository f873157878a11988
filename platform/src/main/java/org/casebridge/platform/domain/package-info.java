/**
 * Plain values the services' events and commands share: no Spring, no web or security type, nothing of the
 * platform's other packages. Every other package may use it; it uses only the JDK.
 */
@NullMarked
package org.casebridge.platform.domain;

import org.jspecify.annotations.NullMarked;
