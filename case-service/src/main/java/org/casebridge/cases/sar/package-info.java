/**
 * Subject access requests (UK GDPR Art 15, DPA 2018 Sch 2 para 16; ADR 0057). A school's DSL starts a request for one
 * child of a case, reviews the draft disclosure with its list of what is withheld and why, adds redactions of their
 * own, and releases it as a PDF and a JSON bundle whose hashes the disclosure event records. Depends on
 * {@code incident} and {@code personaldetails}; nothing there depends on this package. Nothing of it goes on Kafka.
 */
package org.casebridge.cases.sar;
