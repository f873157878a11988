package org.casebridge.platform.test;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.upcasting.Upcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;

/**
 * Saved payloads of every event type a service stores, exactly as its event serializer wrote them, read back by
 * today's classes. A field renamed, retyped or removed without a new {@code @Revision} and an upcaster fails here
 * instead of in an event store full of old events. The fixtures live in {@code src/test/resources/event-fixtures/}
 * as {@code <payload type>-<revision>.json}, the payload type being what the event store's {@code payload_type}
 * holds. They are written once, when a type or revision is new, and never regenerated: a difference is a finding.
 * Each service names one example per type with every field set; a fixture of the current revision must read back
 * equal to it, and write again as saved. A fixture of an older revision must still read, through the upcasters.
 */
public final class StoredEventFixtures {

    public static final String DIRECTORY = "event-fixtures";

    private final Set<Class<?>> storedTypes;
    private final Serializer serializer;
    private final Map<Class<?>, Object> examples = new LinkedHashMap<>();
    private final ObjectMapper json = new ObjectMapper();
    private Upcaster<IntermediateEventRepresentation> upcasters = new EventUpcasterChain();
    private String directory = DIRECTORY;
    private final Set<String> unsetByUpcast = new HashSet<>();

    private StoredEventFixtures(Set<Class<?>> storedTypes, Serializer serializer, List<?> examples) {
        this.storedTypes = storedTypes;
        this.serializer = serializer;
        examples.forEach(example -> {
            if (this.examples.put(example.getClass(), example) != null) {
                throw new IllegalArgumentException(
                        "Two examples of " + example.getClass().getName());
            }
        });
    }

    /** The fixtures of the events stored by the service under {@code basePackage}, read with its serializer. */
    public static StoredEventFixtures of(String basePackage, Serializer serializer, List<?> examples) {
        return of(StoredEventTypes.in(basePackage), serializer, examples);
    }

    /** The fixtures of the given stored types, read with {@code serializer}. */
    public static StoredEventFixtures of(Set<Class<?>> storedTypes, Serializer serializer, List<?> examples) {
        return new StoredEventFixtures(storedTypes, serializer, examples);
    }

    /** Reads the fixtures from another class path directory than {@value #DIRECTORY}. */
    public StoredEventFixtures fixturesIn(String classPathDirectory) {
        this.directory = classPathDirectory;
        return this;
    }

    /** The service's upcaster chain, through which fixtures of older revisions are read; none by default. */
    public StoredEventFixtures upcastingWith(Upcaster<IntermediateEventRepresentation> chain) {
        this.upcasters = chain;
        return this;
    }

    /**
     * A field that an older revision did not have and its upcaster leaves empty on purpose (null meaning "not known
     * then"), so the fixture of that revision may read back without it. Every other field must still be set.
     */
    public StoredEventFixtures leavingUnsetWhenUpcast(Class<?> type, String revision, String field) {
        unsetByUpcast.add(Fixture.fileName(type.getName(), revision) + "#" + field);
        return this;
    }

    public Set<Class<?>> storedTypes() {
        return storedTypes;
    }

    /** Every stored type has a revision, an example with every field set, and a fixture of its revision. */
    public void assertEveryStoredTypeHasAnExampleAndAFixture() {
        List<String> problems = new ArrayList<>();
        Set<String> saved = fixtures().stream().map(Fixture::fileName).collect(Collectors.toSet());
        for (Class<?> type : storedTypes) {
            String revision = serializer.typeForClass(type).getRevision();
            Object example = examples.get(type);
            if (revision == null) {
                problems.add(type.getName() + " is stored but carries no @Revision: give it @Revision(\"1\")");
            } else if (example == null) {
                problems.add(type.getName() + " is stored but has no example: add one with every field set");
            } else if (!saved.contains(Fixture.fileName(type.getName(), revision))) {
                problems.add(type.getName() + " revision " + revision + " has no saved fixture: save its JSON as"
                        + " stored today, below, as src/test/resources/" + directory + "/"
                        + Fixture.fileName(type.getName(), revision) + "\n    "
                        + new String(serializer.serialize(example, byte[].class).getData(), UTF_8));
            }
            if (example != null) {
                List<String> unset = new ArrayList<>();
                unset(example, "", unset);
                if (!unset.isEmpty()) {
                    problems.add("the example of " + type.getName() + " leaves " + unset + " unset: set every"
                            + " field, so that the fixture records every name");
                }
            }
        }
        examples.keySet().stream()
                .filter(type -> !storedTypes.contains(type))
                .forEach(type ->
                        problems.add(type.getName() + " has an example but is not found as a stored event type"));
        report("Stored event types without an example or a saved fixture", problems);
    }

    /** Each fixture reads with today's classes: equal to the example at the current revision, fully set before it. */
    public void assertEveryFixtureReadsBackToItsExampleWithEveryFieldSet() {
        List<String> problems = new ArrayList<>();
        for (Fixture fixture : fixtures()) {
            Object read;
            try {
                read = read(fixture);
            } catch (RuntimeException e) {
                problems.add(fixture.fileName() + " cannot be read any more: " + e);
                continue;
            }
            if (read == null) {
                problems.add(fixture.fileName() + " names a type that no longer exists: keep the class, or add an"
                        + " upcaster that maps it to its successor");
                continue;
            }
            List<String> unset = new ArrayList<>();
            unset(read, "", unset);
            unset.removeIf(field -> unsetByUpcast.contains(fixture.fileName() + "#" + field));
            if (!unset.isEmpty()) {
                problems.add(
                        fixture.fileName() + " reads back as " + read.getClass().getName() + " with " + unset
                                + " unset: a field was renamed or added without an upcaster");
            }
            Object example = examples.get(read.getClass());
            if (isCurrent(fixture) && example != null && !example.equals(read)) {
                problems.add(
                        fixture.fileName() + " reads back differently from its example: " + differences(example, read));
            }
        }
        report("Saved event fixtures that no longer read back", problems);
    }

    /** Each fixture of the current revision, read and written again, is the same JSON as saved. */
    public void assertEveryFixtureIsWrittenAgainAsSaved() {
        List<String> problems = new ArrayList<>();
        for (Fixture fixture : fixtures().stream().filter(this::isCurrent).toList()) {
            try {
                Object read = read(fixture);
                SerializedObject<byte[]> written = serializer.serialize(read, byte[].class);
                List<String> differences = new ArrayList<>();
                JsonDifferences.between(
                        "", json.readTree(fixture.payload()), json.readTree(written.getData()), differences);
                differences.forEach(difference -> problems.add(fixture.fileName() + ": " + difference));
            } catch (IOException | RuntimeException e) {
                problems.add(fixture.fileName() + " cannot be read and written again: " + e);
            }
        }
        report(
                "Saved event fixtures that are written differently today (a field renamed or retyped needs a new"
                        + " @Revision and an upcaster)",
                problems);
    }

    private boolean isCurrent(Fixture fixture) {
        Class<?> type = serializer.classForType(new SimpleSerializedType(fixture.payloadType(), fixture.revision()));
        return type != UnknownSerializedType.class
                && Objects.equals(serializer.typeForClass(type).getRevision(), fixture.revision());
    }

    private Object read(Fixture fixture) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>(
                "fixture",
                "fixture",
                0,
                "fixture",
                Instant.EPOCH,
                fixture.payloadType(),
                fixture.revision(),
                fixture.payload(),
                "{}".getBytes(UTF_8));
        List<IntermediateEventRepresentation> upcast = upcasters
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer)))
                .toList();
        if (upcast.size() != 1) {
            throw new IllegalStateException("the upcasters made " + upcast.size() + " events of one");
        }
        SerializedObject<?> data = upcast.get(0).getData();
        if (serializer.classForType(data.getType()) == UnknownSerializedType.class) {
            return null;
        }
        return serializer.deserialize(data);
    }

    private List<Fixture> fixtures() {
        URL location = Thread.currentThread().getContextClassLoader().getResource(directory);
        if (location == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .sorted(Comparator.naturalOrder())
                    .map(Fixture::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record components, collections and maps of {@code value} that are null or empty, by path. */
    private static void unset(Object value, String path, List<String> unset) {
        if (value == null) {
            unset.add(path);
        } else if (value instanceof Collection<?> values) {
            if (values.isEmpty()) {
                unset.add(path + " (empty)");
            }
            int index = 0;
            for (Object element : values) {
                unset(element, path + "[" + index++ + "]", unset);
            }
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                unset.add(path + " (empty)");
            }
            map.forEach((key, element) -> unset(element, path + "[" + key + "]", unset));
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                unset(
                        component(value, component),
                        path.isEmpty() ? component.getName() : path + "." + component.getName(),
                        unset);
            }
        }
    }

    private static String differences(Object expected, Object read) {
        if (!expected.getClass().isRecord()) {
            return "expected " + expected + ", read " + read;
        }
        List<String> differences = new ArrayList<>();
        for (RecordComponent component : expected.getClass().getRecordComponents()) {
            Object want = component(expected, component);
            Object got = component(read, component);
            if (!Objects.equals(want, got)) {
                differences.add(component.getName() + ": expected " + want + ", read " + got);
            }
        }
        return String.join("; ", differences);
    }

    private static Object component(Object record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }

    private static void report(String heading, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new AssertionError(heading + ":\n  " + String.join("\n  ", problems));
        }
    }

    private record Fixture(String payloadType, String revision, byte[] payload) {

        static Fixture load(Path file) {
            String name = file.getFileName().toString();
            String stem = name.substring(0, name.length() - ".json".length());
            int dash = stem.lastIndexOf('-');
            if (dash < 0) {
                throw new IllegalStateException(name + " is not named <payload type>-<revision>.json");
            }
            try {
                return new Fixture(stem.substring(0, dash), stem.substring(dash + 1), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static String fileName(String payloadType, String revision) {
            return payloadType + "-" + revision + ".json";
        }

        String fileName() {
            return fileName(payloadType, revision);
        }
    }
}
