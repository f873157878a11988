package org.casebridge.police.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.serialization.Revision;
import org.casebridge.police.access.PoliceAccess;
import org.casebridge.police.device.command.DeviceEvent;
import org.casebridge.police.escalation.command.EscalationEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestMapping;

@AnalyzeClasses(packages = "org.casebridge.police", importOptions = ImportOption.DoNotIncludeTests.class)
class PoliceArchitectureTest {

    @ArchTest
    static final ArchRule theServiceUsesNoOtherServicesCode = noClasses()
            .that().resideInAPackage("org.casebridge.police..")
            .should().dependOnClassesThat().resideInAnyPackage("org.casebridge.cases..", "org.casebridge.notification..");

    @ArchTest
    static final ArchRule theCommandSideNeverImportsTheWebLayer = noClasses()
            .that().resideInAPackage("..command..")
            .should().dependOnClassesThat().resideInAPackage("..web..");

    @ArchTest
    static final ArchRule theCommandSideNeverReadsProjections = noClasses()
            .that().resideInAPackage("..command..")
            .should().dependOnClassesThat().resideInAPackage("..query..");

    @ArchTest
    static final ArchRule theDomainTakesTimeFromTheInjectedClock = noClasses()
            .that().resideInAnyPackage("..command..", "..process..")
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone");

    @ArchTest
    static final ArchRule referenceDataDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.casebridge.police.reference")
            .should().dependOnClassesThat().resideInAnyPackage("org.casebridge.police.escalation..",
                    "org.casebridge.police.strategy..", "org.casebridge.police.device..", "org.springframework..");

    @ArchTest
    static final ArchRule everyHandlerSaysWhoMayCallIt = methods()
            .that().areMetaAnnotatedWith(RequestMapping.class)
            .should().beAnnotatedWith(PoliceAccess.class)
            .because("the access rule is applied before the request is read, and a handler without one is open to"
                    + " every signed-in role");

    @Test
    void everyDomainEventCarriesARevisionFromDayOne() {
        List<Class<?>> events = Stream.of(EscalationEvent.class, StrategyMeetingEvent.class, DeviceEvent.class)
                .flatMap(root -> Arrays.stream(root.getPermittedSubclasses()))
                .toList();

        assertThat(events).hasSizeGreaterThan(20);
        assertThat(events).allSatisfy(event -> assertThat(event.getAnnotation(Revision.class))
                .as(event.getSimpleName()).isNotNull()
                .extracting(Revision::value).isEqualTo("1"));
    }
}
