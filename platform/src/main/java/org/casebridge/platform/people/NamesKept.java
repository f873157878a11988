package org.casebridge.platform.people;

import java.util.Collection;

/**
 * People whose display names a service keeps past the retention period (ADR 0076) for a reason of its own: those who
 * acted on a record under a legal hold (ADR 0081). Each bean of this type is asked at every run of the
 * {@code person-name-retention} task; a name it answers is not deleted by that run, and the next run after the reason
 * ends deletes it if its person has not acted since.
 */
@FunctionalInterface
public interface NamesKept {

    /** The user ids whose names this run keeps. */
    Collection<String> userIds();
}
