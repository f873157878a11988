/**
 * police-liaison-service: the police context of Casebridge. Features {@code escalation}, {@code strategy} and
 * {@code device}, each split by role ({@code command}, {@code query}, {@code web}, {@code process}); {@code
 * reference} holds the reference data, {@code shared} the rules every feature uses, {@code access} who may call
 * each handler, {@code publishing} what goes on the police topic. Never depends on another service's code.
 */
package org.casebridge.police;
