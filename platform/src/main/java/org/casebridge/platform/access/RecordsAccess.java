package org.casebridge.platform.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read endpoint whose every successful answer is recorded in the access log before its body is
 * written: no record, no data.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RecordsAccess {

    /** What is read, for example {@code case}, {@code case-timeline}, {@code child-personal-details}. */
    String value();

    /** The path variable holding the case id; empty for reads that span cases (lists). */
    String caseIdVariable() default "caseId";
}
