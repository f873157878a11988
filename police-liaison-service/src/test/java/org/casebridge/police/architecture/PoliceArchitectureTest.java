package org.casebridge.police.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.casebridge.police.access.PoliceAccess;
import org.springframework.web.bind.annotation.RequestMapping;

/** The police service's own rules; those of every module are in {@link org.casebridge.police.HouseRulesTest}. */
@AnalyzeClasses(packages = "org.casebridge.police", importOptions = ImportOption.DoNotIncludeTests.class)
class PoliceArchitectureTest {

    @ArchTest
    static final ArchRule referenceDataDependsOnNothingOfOurs = noClasses()
            .that()
            .resideInAPackage("org.casebridge.police.reference")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.casebridge.police.escalation..",
                    "org.casebridge.police.strategy..",
                    "org.casebridge.police.device..",
                    "org.springframework..");

    @ArchTest
    static final ArchRule everyHandlerSaysWhoMayCallIt = methods()
            .that()
            .areMetaAnnotatedWith(RequestMapping.class)
            .should()
            .beAnnotatedWith(PoliceAccess.class)
            .because("the access rule is applied before the request is read, and a handler without one is open to"
                    + " every signed-in role");
}
