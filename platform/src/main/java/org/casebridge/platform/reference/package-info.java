/**
 * The school reference data every service reads (ADR 0063): one file, {@code reference/schools.csv} in this module
 * (or {@code casebridge.reference.schools}, env {@code CASEBRIDGE_SCHOOLS_CSV}), one reader, and the names of schools,
 * local authorities and police forces a person reads instead of their codes; and the working days of England and
 * Wales, less the bank holidays of {@code reference/bank-holidays-england-and-wales.csv} (ADR 0073).
 */
@NullMarked
package org.casebridge.platform.reference;

import org.jspecify.annotations.NullMarked;
