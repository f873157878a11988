package org.casebridge.cases.incident.api;

import org.casebridge.platform.sealing.Sealed;

/**
 * The other questions of the initial review besides the five criteria.
 *
 * @param riskNow              whether any child is at risk now and what is being done
 * @param viewingNeeded        whether anyone must view the imagery (almost always no)
 * @param spreadAssessment     how widely and where it was shared
 * @param deletionPlan         whether and how deletion or removal is to be arranged
 * @param otherSchoolsInvolved whether other schools or settings must be contacted
 * @param informParents        whether parents or carers are to be informed
 */
public record ReviewConsiderations(
        @Sealed String riskNow,
        boolean viewingNeeded,
        @Sealed String spreadAssessment,
        @Sealed String deletionPlan,
        boolean otherSchoolsInvolved,
        boolean informParents) {}
