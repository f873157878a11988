package org.casebridge.platform.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.axon.AxonPostgresConfiguration;
import org.junit.jupiter.api.Test;

class ActedByTest {

    private final ObjectMapper events = AxonPostgresConfiguration.axonObjectMapper();

    @Test
    void theActorActsAsItsIdRoleNameAndOrganisation() {
        Actor supervisor = new Actor("ps-1", Actor.Role.POLICE_SUPERVISOR, "WMP");

        assertThat(supervisor.actedBy()).isEqualTo(new ActedBy("ps-1", "POLICE_SUPERVISOR", "WMP"));
        assertThat(supervisor.actedBy().actsAs("POLICE_SUPERVISOR")).isTrue();
        assertThat(supervisor.actedBy().actsAs("POLICE_LIAISON")).isFalse();
    }

    @Test
    void everyRoleIsWrittenAsTheActorWasSoStoredEventsStillRead() throws Exception {
        for (Actor.Role role : Actor.Role.values()) {
            Actor actor = new Actor("u-1", role, "org-1");

            String asActor = events.writeValueAsString(actor);

            assertThat(events.writeValueAsString(actor.actedBy())).isEqualTo(asActor);
            assertThat(events.readValue(asActor, ActedBy.class)).isEqualTo(actor.actedBy());
        }
    }

    @Test
    void aRoleThePlatformNoLongerKnowsStillReads() throws Exception {
        assertThat(events.readValue(
                        "{\"id\":\"casebridge\",\"role\":\"SYSTEM\",\"organisation\":\"casebridge\"}", ActedBy.class))
                .isEqualTo(ActedBy.casebridge());
    }

    @Test
    void whoActedIsAlwaysComplete() {
        assertThatNullPointerException().isThrownBy(() -> new ActedBy("u-1", null, "org-1"));
        assertThatNullPointerException().isThrownBy(() -> new ActedBy(null, "AUDITOR", "org-1"));
        assertThatNullPointerException().isThrownBy(() -> new ActedBy("u-1", "AUDITOR", null));
    }

    @Test
    void theDomainPackageUsesNothingButTheJdk() {
        classes()
                .that()
                .resideInAPackage("org.casebridge.platform.domain..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.casebridge.platform.domain..", "org.jspecify.annotations")
                .because("events and commands of every service carry these values; they must not bring Spring, the"
                        + " web layer or the platform's other packages with them (the nullness annotations are"
                        + " compile-time only)")
                .check(new ClassFileImporter()
                        .withImportOption(new ImportOption.DoNotIncludeTests())
                        .importPackages("org.casebridge.platform.domain"));
    }
}
