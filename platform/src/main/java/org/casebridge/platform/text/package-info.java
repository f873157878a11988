/**
 * What text Casebridge accepts, in one place: the text rule (no control characters, no unpaired surrogates, NFC) and
 * the detector of images and files written as text. Pure Java; the web edge and the Kafka intake apply them.
 */
@NullMarked
package org.casebridge.platform.text;

import org.jspecify.annotations.NullMarked;
