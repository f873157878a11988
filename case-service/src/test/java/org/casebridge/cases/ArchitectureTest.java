package org.casebridge.cases;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** case-service's own rules; those of every module are in {@link HouseRulesTest}. */
@AnalyzeClasses(packages = "org.casebridge.cases", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theMessagesDependOnNoFrameworkButAxonsAnnotations = noClasses()
            .that()
            .resideInAPackage("..incident.api..")
            .should()
            .dependOnClassesThat(resideInAnyPackage("org.springframework..", "com.fasterxml..")
                    .or(resideInAPackage("org.casebridge.platform..")
                            .and(not(resideInAnyPackage(
                                    "org.casebridge.platform.domain..", "org.casebridge.platform.sealing.."))))
                    .as("Spring, Jackson or the platform beyond its plain values (ActedBy) and the marks of sealed"
                            + " text (@Sealed, SealedUnder: ADR 0058)"));
}
