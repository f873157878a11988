package org.casebridge.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** notification-service's own rules; those of every module are in {@link HouseRulesTest}. */
@AnalyzeClasses(packages = "org.casebridge.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule subscriptionsDoNotDependOnDeliveries = noClasses()
            .that()
            .resideInAPackage("org.casebridge.notification.subscription..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.casebridge.notification.delivery..");

    @ArchTest
    static final ArchRule deliveriesNeverUseTheSubscriptionsWebLayer = noClasses()
            .that()
            .resideInAPackage("org.casebridge.notification.delivery..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.casebridge.notification.subscription.web..");

    @ArchTest
    static final ArchRule thePortalReachesTheDomainOnlyThroughTheServicesTheApiUses = noClasses()
            .that()
            .resideInAPackage("org.casebridge.notification.portal..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.axonframework..",
                    "org.springframework.jdbc..",
                    "org.casebridge.notification.delivery.intake..");
}
