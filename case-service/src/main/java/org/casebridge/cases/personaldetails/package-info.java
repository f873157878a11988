/**
 * The children's personal details (names, dates of birth, pupil numbers): held only here, AES-GCM encrypted under a
 * key per case, and erased by destroying that key (crypto-shredding). Events and Kafka carry child refs only. Uses
 * the incident messages; the incident feature uses the vault when a report arrives.
 */
package org.casebridge.cases.personaldetails;
