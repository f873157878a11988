package org.casebridge.notification.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlaceNamesTest {

    /** The file the build takes from case-service (ADR 0052). */
    private static PlaceNames demo() throws IOException {
        try (InputStream in = PlaceNamesTest.class.getResourceAsStream("/reference/schools.csv")) {
            assertThat(in)
                    .as("case-service's schools.csv in notification-service's jar")
                    .isNotNull();
            return PlaceNames.read(in, "reference/schools.csv");
        }
    }

    @Test
    void theDemoSchoolsAreasAndForcesHaveTheirNames() throws IOException {
        PlaceNames names = demo();
        assertThat(names.school("103456")).isEqualTo("Hollybank Academy");
        assertThat(names.area("E09000012")).isEqualTo("Hackney");
        assertThat(names.force("MPS")).isEqualTo("Metropolitan Police Service");
    }

    @Test
    void aCodeTheFileDoesNotKnowReadsAsItself() throws IOException {
        PlaceNames names = demo();
        assertThat(names.school("999999")).isEqualTo("School 999999");
        assertThat(names.knownSchool("999999")).isEmpty();
        assertThat(names.area("E06000999")).isEqualTo("E06000999");
        assertThat(names.force("XYZ")).isEqualTo("XYZ");
        assertThat(names.school(null)).isEmpty();
    }

    @Test
    void aLineWithoutANameStopsTheStartWithItsNumber() {
        String csv = "urn,name\n100001,Clapton Park Academy\n100002,\n";
        assertThatThrownBy(() -> PlaceNames.read(
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "schools-test.csv"))
                .hasMessage("Line 3 of schools-test.csv needs a URN and a name");
    }
}
