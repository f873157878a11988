/**
 * Free text sealed under the key of the record it belongs to (ADR 0058): a stored event's field marked {@link Sealed}
 * is written as ciphertext with the id of its key and read back as text while the key exists, as {@link
 * SealedText#ERASED} once it was destroyed. Erasing the key erases every name typed into the record.
 */
@NullMarked
package org.casebridge.platform.sealing;

import org.jspecify.annotations.NullMarked;
