package org.casebridge.cases;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.casebridge.cases", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theCommandSideNeverUsesTheWebLayer = noClasses()
            .that().resideInAPackage("..command..")
            .should().dependOnClassesThat().resideInAPackage("..web..");

    @ArchTest
    static final ArchRule theCommandSideNeverReadsTheProjections = noClasses()
            .that().resideInAPackage("..command..")
            .should().dependOnClassesThat().resideInAPackage("..query..");

    @ArchTest
    static final ArchRule caseServiceNeverUsesAnotherServicesCode = noClasses()
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.casebridge.police..", "org.casebridge.notification..", "org.casebridge.deploy..");

    @ArchTest
    static final ArchRule theMessagesDependOnNoFrameworkButAxonsAnnotations = noClasses()
            .that().resideInAPackage("..incident.api..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.casebridge.platform..", "com.fasterxml..");

    @ArchTest
    static final ArchRule theDomainTakesTimeFromTheInjectedClock = noClasses()
            .that().resideInAnyPackage("..incident.command..", "..incident.api..")
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(Clock.class, "systemUTC");
}
