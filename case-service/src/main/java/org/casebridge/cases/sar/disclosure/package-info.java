/**
 * What a subject access disclosure holds and how it is withheld, built from the case's read models, the personal
 * details vault, the access log and notification-service's share records (ADR 0057); and the service that starts,
 * reviews, releases and hands out a request.
 */
package org.casebridge.cases.sar.disclosure;
