package org.casebridge.platform.test;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the event types a service stores, by reading its compiled classes. A class under the service's package is
 * a stored event type if any of these holds, so that a new event is found however it is added:
 * <ul>
 *   <li>it carries Axon's {@code @Revision};</li>
 *   <li>it is the payload of an {@code @EventSourcingHandler}, {@code @EventHandler} or {@code @SagaEventHandler}
 *       (a sealed or abstract payload stands for each of its concrete subtypes);</li>
 *   <li>its name ends in {@code Event} and a class that calls {@code AggregateLifecycle.apply} constructs it.</li>
 * </ul>
 */
public final class StoredEventTypes {

    static final String REVISION = "org.axonframework.serialization.Revision";
    private static final List<String> HANDLERS = List.of(
            "org.axonframework.eventsourcing.EventSourcingHandler",
            "org.axonframework.eventhandling.EventHandler",
            "org.axonframework.modelling.saga.SagaEventHandler");
    private static final String AGGREGATE_LIFECYCLE = "org.axonframework.modelling.command.AggregateLifecycle";

    private StoredEventTypes() {}

    /** The stored event types under {@code basePackage} (main classes only), by name. */
    public static Set<Class<?>> in(String basePackage) {
        // Only the service's own classes are read: resolving Spring's and Axon's from the class path is slow.
        JavaClasses classes = ArchConfiguration.withThreadLocalScope(configuration -> {
            configuration.setResolveMissingDependenciesFromClassPath(false);
            return new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages(basePackage);
        });
        Set<JavaClass> found = new TreeSet<>(Comparator.comparing(JavaClass::getName));
        for (JavaClass type : classes) {
            if (type.isAnnotatedWith(REVISION)) {
                found.add(type);
            }
            for (JavaMethod method : type.getMethods()) {
                if (HANDLERS.stream().anyMatch(method::isAnnotatedWith)
                        && !method.getRawParameterTypes().isEmpty()) {
                    JavaClass payload = method.getRawParameterTypes().get(0);
                    if (payload.getPackageName().startsWith(basePackage)) {
                        found.add(payload);
                        found.addAll(payload.getAllSubclasses());
                    }
                }
            }
            if (applies(type)) {
                type.getConstructorCallsFromSelf().stream()
                        .map(call -> call.getTargetOwner())
                        .filter(owner -> owner.getSimpleName().endsWith("Event"))
                        .filter(owner -> owner.getPackageName().startsWith(basePackage))
                        .forEach(found::add);
            }
        }
        Set<Class<?>> types = new TreeSet<>(Comparator.comparing(Class::getName));
        found.stream()
                .filter(type -> !type.isInterface() && !type.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::reflect)
                .forEach(types::add);
        return types;
    }

    private static boolean applies(JavaClass type) {
        return type.getMethodCallsFromSelf().stream()
                .anyMatch(call -> call.getTargetOwner().getName().equals(AGGREGATE_LIFECYCLE)
                        && call.getName().equals("apply"));
    }
}
