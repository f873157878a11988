/**
 * What the police context tells the others on {@code casebridge.police.events}: decisions by code, reference and
 * pseudonymous child ref, never names, notes or free text. May use every feature's events and the published
 * language.
 */
package org.casebridge.police.publishing;
