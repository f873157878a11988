package org.casebridge.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.junit.jupiter.api.Test;

/** The rules of the published language, checked on every record so a new one cannot break them. */
class PublishedLanguageTest {

    private static final Pattern TYPE =
            Pattern.compile("org\\.casebridge\\.(school|police|agency)\\.[a-z]+(-[a-z0-9]+)*\\.v[1-9][0-9]*");

    /** Words that would mean personal data is about to travel on the bus. */
    private static final List<String> PERSONAL = List.of(
            "name",
            "forename",
            "surname",
            "birth",
            "dob",
            "upn",
            "pupilnumber",
            "address",
            "postcode",
            "phone",
            "email",
            "nhsnumber",
            "image",
            "photo",
            "picture",
            "base64");

    private final JavaClasses published = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.casebridge.events");

    @Test
    void dependsOnNothingButTheJdk() {
        // JSpecify's @NullMarked on the packages is an annotation only, optional and absent at run time (ADR 0027).
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.casebridge.events..", "org.jspecify.annotations")
                .check(published);
    }

    @Test
    void everyEventIsARecordWithAVersionedCloudEventsType() {
        assertThat(IntegrationEventTypes.all()).isNotEmpty();
        IntegrationEventTypes.all().forEach((type, eventClass) -> {
            assertThat(eventClass.isRecord()).as(eventClass.getSimpleName()).isTrue();
            assertThat(type).as(eventClass.getSimpleName()).matches(TYPE);
            assertThat(IntegrationEventTypes.classOf(type)).contains(eventClass);
        });
    }

    @Test
    void noEventCarriesAFieldThatNamesPersonalDataOrImagery() {
        IntegrationEventTypes.all()
                .values()
                .forEach(eventClass -> componentsOf(eventClass)
                        .forEach(component -> assertThat(PERSONAL)
                                .as(eventClass.getSimpleName() + "." + component)
                                .noneMatch(word -> component
                                        .toLowerCase(Locale.ROOT)
                                        .replace("_", "")
                                        .contains(word))));
    }

    private static List<String> componentsOf(Class<?> type) {
        if (!type.isRecord()) {
            return List.of();
        }
        return Arrays.stream(type.getRecordComponents())
                .flatMap(component -> {
                    Class<?> nested = nestedRecord(component);
                    List<String> inner = nested == null ? List.of() : componentsOf(nested);
                    return java.util.stream.Stream.concat(
                            java.util.stream.Stream.of(component.getName()), inner.stream());
                })
                .toList();
    }

    private static Class<?> nestedRecord(RecordComponent component) {
        if (component.getType().isRecord()) {
            return component.getType();
        }
        if (component.getGenericType() instanceof java.lang.reflect.ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> argument
                && argument.isRecord()) {
            return argument;
        }
        return null;
    }
}
