package org.casebridge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.casebridge.platform.test.HouseRules;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/** Every package of the platform is {@code @NullMarked} (ADR 0027), so NullAway checks all of it, new packages too. */
class NullMarkedPackagesTest {

    @Test
    void everyPackageOfThePlatformIsNullMarked() {
        var packages = new ClassFileImporter()
                .withImportOption(new HouseRules.ProductionClasses()).importPackages("org.casebridge.platform").stream()
                        .map(JavaClass::getPackage)
                        .distinct()
                        .toList();
        assertThat(packages).isNotEmpty();
        assertThat(packages.stream()
                        .filter(javaPackage -> !javaPackage.isAnnotatedWith(NullMarked.class))
                        .map(javaPackage -> javaPackage.getName()))
                .isEmpty();
    }
}
