package org.casebridge.platform.test;

import org.junit.jupiter.api.Test;

/**
 * The checks every service's {@code StoredEventFixturesTest} makes of its saved event fixtures, written once (ADR
 * 0017): every stored event type has an example and a saved fixture, every fixture reads back to its example with every
 * field set, and every fixture is written again as saved. A service's test says which events it stores and how they
 * are read back ({@link #fixtures()}), and checks that its stored types are the ones it means.
 */
public abstract class StoredEventFixtureChecks {

    /** The service's stored event types, their examples and saved fixtures, and the upcasters they read through. */
    protected abstract StoredEventFixtures fixtures();

    @Test
    void everyStoredEventTypeHasAnExampleAndASavedFixture() {
        fixtures().assertEveryStoredTypeHasAnExampleAndAFixture();
    }

    @Test
    void everySavedFixtureReadsBackToItsExampleWithEveryFieldSet() {
        fixtures().assertEveryFixtureReadsBackToItsExampleWithEveryFieldSet();
    }

    @Test
    void everySavedFixtureIsWrittenAgainAsSaved() {
        fixtures().assertEveryFixtureIsWrittenAgainAsSaved();
    }
}
