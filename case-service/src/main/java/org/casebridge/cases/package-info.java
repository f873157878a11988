/**
 * case-service, the school context: a DSL's safeguarding cases ({@code incident}), the children's encrypted personal
 * details ({@code personaldetails}) and the school reference data ({@code school}). Depends on the platform and the
 * published language only, never on another service.
 */
package org.casebridge.cases;
