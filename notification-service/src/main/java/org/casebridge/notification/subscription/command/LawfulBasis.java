package org.casebridge.notification.subscription.command;

/**
 * The lawful basis of a share of special category data about children: an Article 6 basis plus an Article 9
 * condition, usually {@code PUBLIC_TASK} with "DPA 2018 Sch 1 para 18" (safeguarding of children and individuals
 * at risk).
 *
 * @param article6           the UK GDPR Article 6(1) basis
 * @param article9Condition  the Article 9 condition, for example {@code DPA 2018 Sch 1 para 18}
 */
public record LawfulBasis(Article6Basis article6, String article9Condition) {}
