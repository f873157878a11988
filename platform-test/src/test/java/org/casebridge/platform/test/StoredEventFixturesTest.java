package org.casebridge.platform.test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/**
 * The fixture checker fails where it must: a stored field renamed (here {@code Room.floor}, saved as
 * {@code "level"} in fixtures-check/renamed) and a stored type with no saved fixture; and passes when nothing
 * changed.
 */
class StoredEventFixturesTest {

    @Revision("1")
    record Booked(String bookingId, Room room, String at) {}

    record Room(int number, String floor) {}

    static final Booked EXAMPLE = new Booked("b-1", new Room(12, "first"), "2026-11-28T10:00:00Z");

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
            .build();

    private StoredEventFixtures fixturesIn(String directory) {
        return StoredEventFixtures.of(Set.of(Booked.class), serializer, List.of(EXAMPLE))
                .fixturesIn("fixtures-check/" + directory);
    }

    @Test
    void aFixtureSavedByTodaysClassesPassesEveryCheck() {
        StoredEventFixtures fixtures = fixturesIn("unchanged");

        assertThatCode(fixtures::assertEveryStoredTypeHasAnExampleAndAFixture).doesNotThrowAnyException();
        assertThatCode(fixtures::assertEveryFixtureReadsBackToItsExampleWithEveryFieldSet)
                .doesNotThrowAnyException();
        assertThatCode(fixtures::assertEveryFixtureIsWrittenAgainAsSaved).doesNotThrowAnyException();
    }

    @Test
    void aRenamedNestedFieldFailsNamingTheFieldOnBothChecks() {
        StoredEventFixtures fixtures = fixturesIn("renamed");

        assertThatThrownBy(fixtures::assertEveryFixtureReadsBackToItsExampleWithEveryFieldSet)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("with [room.floor] unset")
                .hasMessageContaining("room: expected Room[number=12, floor=first], read Room[number=12, floor=null]");
        assertThatThrownBy(fixtures::assertEveryFixtureIsWrittenAgainAsSaved)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("field 'room.level' is saved but no longer written")
                .hasMessageContaining("field 'room.floor' is written now but is not in the saved fixture");
    }

    @Test
    void aStoredTypeWithoutAFixtureFailsWithTheJsonToSave() {
        assertThatThrownBy(fixturesIn("empty")::assertEveryStoredTypeHasAnExampleAndAFixture)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(Booked.class.getName() + " revision 1 has no saved fixture")
                .hasMessageContaining("src/test/resources/fixtures-check/empty/" + Booked.class.getName() + "-1.json")
                .hasMessageContaining("{\"bookingId\":\"b-1\",\"room\":{\"number\":12,\"floor\":\"first\"}");
    }

    @Test
    void anExampleWithAFieldUnsetFails() {
        Booked partial = new Booked("b-1", new Room(12, null), EXAMPLE.at());

        assertThatThrownBy(StoredEventFixtures.of(Set.of(Booked.class), serializer, List.of(partial))
                        .fixturesIn("fixtures-check/unchanged")::assertEveryStoredTypeHasAnExampleAndAFixture)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the example of " + Booked.class.getName() + " leaves [room.floor] unset");
    }
}
