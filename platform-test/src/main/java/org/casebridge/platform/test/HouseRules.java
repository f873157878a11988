package org.casebridge.platform.test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;

/**
 * The house rules, written once and run by every module's tests:
 * {@code @ArchTest static final ArchTests house = ArchTests.in(HouseRules.class);} in a class that imports the
 * module's production classes ({@code @AnalyzeClasses(packages = "org.casebridge...", importOptions =
 * HouseRules.ProductionClasses.class)}). Each rule reads as a sentence and says why it holds.
 */
public final class HouseRules {

    private HouseRules() {}

    /** The module's own production classes: no tests, and not this test-support module on the class path. */
    public static final class ProductionClasses implements ImportOption {

        private static final ImportOption NO_TESTS = new DoNotIncludeTests();

        @Override
        public boolean includes(Location location) {
            return NO_TESTS.includes(location) && !location.contains("platform-test");
        }
    }

    /** Where a domain event or command lives: a record named for what happened or what is asked. */
    private static final DescribedPredicate<JavaClass> EVENTS_AND_COMMANDS = simpleNameEndingWith("Event")
            .or(simpleNameEndingWith("Command"))
            .and(DescribedPredicate.describe("a record", JavaClass::isRecord))
            .as("event and command records");

    @ArchTest
    public static final ArchRule packagesAreFreeOfCycles = slices().matching("org.casebridge.(**)")
            .should()
            .beFreeOfCycles()
            .because("a package that depends on one that depends back on it cannot be understood, tested or moved"
                    + " alone");

    @ArchTest
    public static final ArchRule timeComesOnlyFromAnInjectedClock = noClasses()
            .should()
            .callMethod(Instant.class, "now")
            .orShould()
            .callMethod(LocalDate.class, "now")
            .orShould()
            .callMethod(LocalDateTime.class, "now")
            .orShould()
            .callMethod(OffsetDateTime.class, "now")
            .orShould()
            .callMethod(ZonedDateTime.class, "now")
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .orShould()
            .callMethod(Clock.class, "systemDefaultZone")
            .because("every decision records when it was taken, and tests must be able to say what time it is");

    @ArchTest
    public static final ArchRule theSystemClockIsMadeOnlyInConfiguration = noClasses()
            .that()
            .areNotMetaAnnotatedWith("org.springframework.context.annotation.Configuration")
            .should()
            .callMethod(Clock.class, "systemUTC")
            .because("the system clock is one bean that every other class is given, so a test can replace it");

    /** A class some Axon event handler (aggregate, projection or saga) takes: so it is in the event store. */
    private static final DescribedPredicate<JavaClass> STORED_EVENTS = DescribedPredicate.describe(
            "event records an Axon handler takes",
            (JavaClass type) -> type.isRecord()
                    && type.getMethodsWithParameterTypeOfSelf().stream()
                            .anyMatch(method ->
                                    method.isMetaAnnotatedWith("org.axonframework.eventhandling.EventHandler")));

    @ArchTest
    public static final ArchRule everyStoredEventCarriesARevision = classes()
            .that(are(STORED_EVENTS))
            .and()
            .resideOutsideOfPackage("org.casebridge.events..")
            .should()
            .beAnnotatedWith("org.axonframework.serialization.Revision")
            .because("an event in the store is read for ever: its shape can change only by a new revision and an"
                    + " upcaster, so it needs a revision from the first day")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule eventsAndCommandsCarryNoWebOrSecurityType = noClasses()
            .that(are(EVENTS_AND_COMMANDS))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework.web..",
                    "org.springframework.security..",
                    "jakarta.servlet..",
                    "org.casebridge.platform.actor..",
                    "org.casebridge.platform.security..",
                    "org.casebridge.platform.web..")
            .because("events are stored for ever and commands are the domain's language: how a request arrived or"
                    + " who signed in must not shape them (ActedBy says who acted)")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule theCommandSideNeverUsesTheWebLayer = noClasses()
            .that()
            .resideInAPackage("..command..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..web..")
            .because("an aggregate decides on its commands whatever the request looked like; the web turns requests"
                    + " into commands, never the other way round")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule theCommandSideNeverReadsTheProjections = noClasses()
            .that()
            .resideInAPackage("..command..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..query..")
            .because("a rule decided on a read model that lags behind the events would decide on the past; the"
                    + " aggregate's own events are its state")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule theCommandSideRecordsWhoActedWithoutTheWebActor = noClasses()
            .that()
            .resideInAPackage("..command..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.casebridge.platform.actor..")
            .because("aggregates decide on who acted as their commands and events record it (ActedBy); the web"
                    + " Actor is how a request was signed in")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule nothingSleepsOutsideTests = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("org.casebridge.platform.portal.ReadSide")
            .and()
            .doNotHaveFullyQualifiedName("org.casebridge.deploy.ServiceProcess")
            .and()
            .doNotHaveFullyQualifiedName("org.casebridge.deploy.ChildProcess")
            .should()
            .callMethod(Thread.class, "sleep", long.class)
            .orShould()
            .callMethod(Thread.class, "sleep", long.class, int.class)
            .orShould()
            .callMethod(TimeUnit.class, "sleep", long.class)
            .because("a sleeping thread guesses at timing; wait on a condition (a latch, a future, a scheduled task)."
                    + " The pollers of things that cannot notify are named: ReadSide, for a page waiting on a projection;"
                    + " the local stack's wait for a service's health endpoint, and for its children to exit in a"
                    + " shutdown hook, where the JDK no longer completes onExit() futures");

    @ArchTest
    public static final ArchRule controllersNeverTouchRepositoriesOrTheEventStore = noClasses()
            .that()
            .areAnnotatedWith("org.springframework.stereotype.Controller")
            .or()
            .areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework.jdbc..",
                    "org.springframework.data..",
                    "org.axonframework.eventsourcing..",
                    "org.axonframework.eventhandling.tokenstore..")
            .because("a controller or a portal page turns a request into a command or a query; storage belongs to"
                    + " the projections and the aggregates behind them")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule portalPagesTakeTheirAnswersAsAPortalForm = noClasses()
            .that()
            .areAnnotatedWith("org.casebridge.platform.portal.PortalController")
            .and()
            .doNotHaveFullyQualifiedName("org.casebridge.platform.portal.PortalDraftController")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.util.MultiValueMap")
            .because("a portal page's handler takes the answers posted to it as a PortalForm parameter, read from the"
                    + " request by the platform's PortalFormArgumentResolver the same way for every page (ADR 0085)."
                    + " The autosave endpoint answers the page's script with JSON, not a page, and is left as it is")
            .allowEmptyShould(true);
}
