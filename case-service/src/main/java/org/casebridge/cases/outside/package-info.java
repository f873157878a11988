/**
 * Who outside the school read the school's case (ADR 0070): the police's and the agencies' reads, published by their
 * services as {@code police.case-read.v1} and {@code agency.case-read.v1}, received once each into the school's event
 * store and projected for the DSL and the school's auditor. Nothing here changes the {@code SafeguardingCase}.
 */
package org.casebridge.cases.outside;
