/**
 * The police portal's shared pieces: its navigation and how pages write times and codes. Each feature's pages live
 * in its own {@code portal} package and call the same commands and queries as its API.
 */
package org.casebridge.police.portal;
