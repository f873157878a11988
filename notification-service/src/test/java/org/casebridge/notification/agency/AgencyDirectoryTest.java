package org.casebridge.notification.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class AgencyDirectoryTest {

    private static final String HEADER = "agency_id,name,kind,local_authority_codes,served_from,served_until\n";

    private static AgencyDirectory read(String csv) {
        return AgencyDirectory.read(List.of(new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8), "test csv")));
    }

    @Test
    void theShippedDemoAgenciesLoad() {
        AgencyDirectory directory = AgencyDirectory.read(List.of(new ClassPathResource("reference/agencies.csv")));

        assertThat(directory.find("lado-east-london")).get().satisfies(lado -> {
            assertThat(lado.kind()).isEqualTo(AgencyKind.LADO);
            assertThat(lado.areasServedAt(Instant.now())).containsExactly("E09000012", "E09000030");
        });
        assertThat(directory.find("csc-hackney").orElseThrow().areasServedAt(Instant.now()))
                .containsExactly("E09000012");
    }

    @Test
    void anAreaIsServedFromTheStartOfItsFirstUkDayUntilTheStartOfItsLast() {
        DirectoryAgency agency = read(HEADER + """
                csc-x,X,CHILDRENS_SOCIAL_CARE,E06000005,2025-06-01,2026-01-01
                """).find("csc-x").orElseThrow();

        assertThat(agency.serves("E06000005", Instant.parse("2025-05-31T22:59:59Z")))
                .isFalse();
        assertThat(agency.serves("E06000005", Instant.parse("2025-05-31T23:00:00Z")))
                .isTrue();
        assertThat(agency.serves("E06000005", Instant.parse("2025-12-31T23:59:59Z")))
                .isTrue();
        assertThat(agency.serves("E06000005", Instant.parse("2026-01-01T00:00:00Z")))
                .isFalse();
        assertThat(agency.serves("E06000006", Instant.parse("2025-07-01T00:00:00Z")))
                .isFalse();
    }

    @Test
    void anAgencyMayServeAreasInSeveralPeriods() {
        DirectoryAgency agency = read(HEADER + """
                csc-x,X,CHILDRENS_SOCIAL_CARE,E06000005 E06000007,2020-01-01,2025-01-01
                csc-x,X,CHILDRENS_SOCIAL_CARE,E06000006,2025-06-01,
                """).find("csc-x").orElseThrow();

        assertThat(agency.areasNotEndedAt(Instant.parse("2025-03-01T00:00:00Z")))
                .containsExactly("E06000006");
        assertThat(agency.servingSince(Set.of("E06000006"))).contains(Instant.parse("2025-05-31T23:00:00Z"));
        assertThat(agency.servingSince(Set.of())).contains(Instant.parse("2020-01-01T00:00:00Z"));
    }

    @Test
    void aMalformedLineStopsTheStartWithItsNumber() {
        assertThatThrownBy(() -> read(HEADER + "csc-x,X,CHILDRENS_SOCIAL_CARE,E06000005,2020-01-01\n"))
                .hasMessageContaining("Line 2 of the agency directory")
                .hasMessageContaining("[test csv]")
                .hasMessageContaining("6 columns");
        assertThatThrownBy(() -> read(HEADER + "csc-x,X,POLICE,E06000005,2020-01-01,\n"))
                .hasMessageContaining("Line 2")
                .hasMessageContaining("kind must be one of");
        assertThatThrownBy(() -> read(HEADER + "csc-x,X,MASH,Hackney,2020-01-01,\n"))
                .hasMessageContaining("ONS codes");
        assertThatThrownBy(() -> read(HEADER + "csc-x,X,MASH,E06000005,,\n"))
                .hasMessageContaining("served_from is required");
        assertThatThrownBy(() -> read(HEADER + "csc-x,X,MASH,E06000005,1 April 2020,\n"))
                .hasMessageContaining("served_from must be a date");
        assertThatThrownBy(() -> read(HEADER + "csc-x,X,MASH,E06000005,2020-01-01,2020-01-01\n"))
                .hasMessageContaining("served_until must be after served_from");
        assertThatThrownBy(() -> read(HEADER + "csc x/1,X,MASH,E06000005,2020-01-01,\n"))
                .hasMessageContaining("agency id");
        assertThatThrownBy(() ->
                        read(HEADER + "csc-x,X,MASH,E06000005,2020-01-01,\n" + "csc-x,X,LADO,E06000006,2020-01-01,\n"))
                .hasMessageContaining("Line 3")
                .hasMessageContaining("another name or kind");
    }

    @Test
    void anEmptyDirectoryStopsTheStart() {
        assertThatThrownBy(() -> read(HEADER + "# nothing\n")).hasMessageContaining("names no agency");
    }
}
