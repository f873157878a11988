package org.casebridge.cases.incident.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write a school's auditor may make as well as its DSL ({@link DslOnlyWrites}): setting and lifting a legal hold, which
 * is information governance (issue 14, ADR 0053). Whether the case is the auditor's own school's stays the aggregate's
 * question (404).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AuditorMayWrite {}
