/** The REST API of safeguarding cases: request records, validation and OpenAPI; commands out, queries in. */
package org.casebridge.cases.incident.web;
