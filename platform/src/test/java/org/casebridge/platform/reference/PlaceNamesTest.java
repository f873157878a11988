package org.casebridge.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlaceNamesTest {

    /** The file every service reads unless told another (ADR 0063). */
    private static PlaceNames demo() throws IOException {
        try (InputStream in = PlaceNamesTest.class.getResourceAsStream("/reference/schools.csv")) {
            assertThat(in).as("schools.csv in the platform's jar").isNotNull();
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
    void theOrganisationSomeoneActedForIsNamedWhenItIsASchoolOrAForce() throws IOException {
        PlaceNames names = demo();
        assertThat(names.organisation("103456")).isEqualTo("Hollybank Academy");
        assertThat(names.organisation("MPS")).isEqualTo("Metropolitan Police Service");
        assertThat(names.organisation("casebridge")).isEqualTo("Casebridge");
        assertThat(names.organisation("csc-hackney")).isEqualTo("csc-hackney");
        assertThat(names.organisation("lado-east-london")).isEqualTo("lado-east-london");
        assertThat(names.organisation(null)).isEmpty();
    }

    @Test
    void theAgenciesOfTheDirectoryAreNamedByTheNameOfTheirFirstRow() throws IOException {
        PlaceNames names;
        try (InputStream in = PlaceNamesTest.class.getResourceAsStream("/reference/agencies.csv")) {
            assertThat(in).as("agencies.csv in the platform's jar").isNotNull();
            names = demo().withAgencies(AgencyNamesFile.read(in, "reference/agencies.csv"));
        }
        assertThat(names.agency("lado-east-london")).isEqualTo("East London LADO service (demo)");
        assertThat(names.organisation("lado-east-london")).isEqualTo("East London LADO service (demo)");
        assertThat(names.organisation("csc-hackney")).isEqualTo("Hackney Children's Social Care (demo)");
        assertThat(names.organisation("MPS")).isEqualTo("Metropolitan Police Service");
        assertThat(names.agency("csc-nowhere")).isEqualTo("csc-nowhere");
        assertThat(names.agency(null)).isEmpty();
    }

    @Test
    void anAgencyLineWithoutAnIdOrANameStopsTheStartUpWithItsNumber() {
        String csv = "agency_id,name,kind\n# comment\n\ncsc-a,A team,MASH\n,No id,MASH\n";
        assertThatThrownBy(() -> AgencyNamesFile.read(
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "agencies-test.csv"))
                .hasMessage("Line 5 of agencies-test.csv needs an agency id and a name");
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
    void everyColumnOfALineIsReadAndAShortCodeIsOptional() {
        String csv = "urn,name,local_authority_code,local_authority_name,force_code,force_name,short_code\n"
                + "# a comment\n\n"
                + "100001, Clapton Park Academy ,E09000012,Hackney,MPS,Metropolitan Police Service,CPA\n"
                + "100002,Lea Bridge School,E09000012,Hackney,MPS,Metropolitan Police Service\n";
        var rows = SchoolReferenceFile.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv");
        assertThat(rows)
                .containsExactly(
                        new SchoolReference(
                                4,
                                7,
                                "100001",
                                "Clapton Park Academy",
                                "E09000012",
                                "Hackney",
                                "MPS",
                                "Metropolitan Police Service",
                                "CPA"),
                        new SchoolReference(
                                5,
                                6,
                                "100002",
                                "Lea Bridge School",
                                "E09000012",
                                "Hackney",
                                "MPS",
                                "Metropolitan Police Service",
                                null));
    }

    @Test
    void aLineWithoutANameStopsTheStartWithItsNumber() {
        String csv = "urn,name\n100001,Clapton Park Academy\n100002,\n";
        assertThatThrownBy(() -> PlaceNames.read(
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "schools-test.csv"))
                .hasMessage("Line 3 of schools-test.csv needs a URN and a name");
    }
}
