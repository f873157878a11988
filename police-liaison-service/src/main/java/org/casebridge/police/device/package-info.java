/**
 * Devices and the images on them, by reference only (never imagery): seized or not, forensic examination, CAID
 * submission, Report Remove signposting and final disposal. {@code command} holds the {@code Device} aggregate,
 * {@code query} and {@code web} the read side. May use {@code shared}, the platform and the published language.
 */
package org.casebridge.police.device;
