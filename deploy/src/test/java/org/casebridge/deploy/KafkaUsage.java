package org.casebridge.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casebridge.events.Topics;
import org.casebridge.events.agency.AgencyTopic;

/**
 * What a module does on Kafka, read from its source: the topics its {@code @KafkaListener}s read and in which
 * consumer groups, the topic its outbox publishes to ({@code IntegrationEventMapping.forTopic}), and the dead-letter
 * topics it writes for what it reads (the platform's {@code DeadLetters} suffix).
 */
record KafkaUsage(Set<String> reads, Set<String> groups, Set<String> writes) {

    private static final Pattern LISTENER = Pattern.compile("@KafkaListener\\s*\\(([^)]*)\\)", Pattern.DOTALL);
    private static final Pattern TOPIC = Pattern.compile("\\b(Topics|AgencyTopic)\\.([A-Z_]+)");
    private static final Pattern GROUP = Pattern.compile("groupId\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern PUBLISHES = Pattern.compile("forTopic\\(\\s*(Topics|AgencyTopic)\\.([A-Z_]+)");
    private static final Pattern SUFFIX = Pattern.compile("SUFFIX\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern PLACEHOLDER_DEFAULT = Pattern.compile("^\\$\\{[^:}]+:([^}]+)}$");

    static KafkaUsage of(Path repository, String module) {
        String suffix = match(
                SUFFIX,
                read(repository.resolve("platform/src/main/java/org/casebridge/platform/kafka/DeadLetters.java")));
        Set<String> reads = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        Set<String> writes = new TreeSet<>();
        Path sources = repository.resolve(module).resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            return new KafkaUsage(Set.of(), Set.of(), Set.of());
        }
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java"))
                    .map(KafkaUsage::read)
                    .forEach(text -> {
                        Matcher listener = LISTENER.matcher(text);
                        while (listener.find()) {
                            Matcher topic = TOPIC.matcher(listener.group(1));
                            while (topic.find()) {
                                reads.add(topic(topic.group(1), topic.group(2)));
                            }
                            Matcher group = GROUP.matcher(listener.group(1));
                            while (group.find()) {
                                Matcher placeholder = PLACEHOLDER_DEFAULT.matcher(group.group(1));
                                groups.add(placeholder.matches() ? placeholder.group(1) : group.group(1));
                            }
                        }
                        Matcher published = PUBLISHES.matcher(text);
                        while (published.find()) {
                            writes.add(topic(published.group(1), published.group(2)));
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reads.forEach(topic -> writes.add(topic + suffix));
        return new KafkaUsage(Set.copyOf(reads), Set.copyOf(groups), Set.copyOf(writes));
    }

    /** The value of a constant of the published language's {@link Topics} or {@link AgencyTopic}. */
    private static String topic(String holder, String constant) {
        Class<?> constants = holder.equals("AgencyTopic") ? AgencyTopic.class : Topics.class;
        try {
            return (String) constants.getField(constant).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(holder + " has no constant " + constant, e);
        }
    }

    private static String match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " found");
        }
        return matcher.group(1);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
