package org.casebridge.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a module's configuration asks of its environment, read from the module's own files rather than a list kept
 * by hand: every {@code ${VARIABLE:default}} in its {@code application.yml} and, for a service on the platform, in
 * the platform's {@code casebridge-defaults.properties}; and the values its {@code application-local.yml} publishes
 * (development keys), which a deployment must never carry.
 *
 * @param variables       each environment variable the configuration reads, with its default (null: none)
 * @param publishedValues the values of the module's local profile, known to everyone who reads the repository
 */
record ServiceConfiguration(String module, Map<String, String> variables, Set<String> publishedValues) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    private static final Pattern SECRET_NAME =
            Pattern.compile("(^|_)(KEY|SECRET|PASSWORD|JAAS|TOKEN|CREDENTIALS?)(_|$)");
    private static final Pattern REFERENCE_NAME = Pattern.compile("_(FILE|LOCATION|URI|URL|TYPE)$");

    /** The module's configuration, or null when the directory is no Spring Boot module with an application.yml. */
    static ServiceConfiguration of(Path repository, String module) {
        Path resources = repository.resolve(module).resolve("src/main/resources");
        Path application = resources.resolve("application.yml");
        if (!Files.isRegularFile(application)) {
            return null;
        }
        Map<String, String> variables = new LinkedHashMap<>();
        placeholders(read(application), variables);
        if (onThePlatform(repository.resolve(module).resolve("pom.xml"))) {
            placeholders(
                    read(repository.resolve("platform/src/main/resources/casebridge-defaults.properties")), variables);
        }
        Set<String> published = new TreeSet<>();
        Path local = resources.resolve("application-local.yml");
        if (Files.isRegularFile(local)) {
            Map<String, String> localVariables = new LinkedHashMap<>();
            placeholders(read(local), localVariables);
            localVariables.values().stream()
                    .filter(value -> value != null && !value.isEmpty())
                    .forEach(published::add);
            KubernetesManifests.documents(local).forEach(document -> leaves(document, published));
        }
        variables.forEach((name, value) -> {
            if (isSecretName(name) && value != null && !value.isEmpty()) {
                published.add(value);
            }
        });
        return new ServiceConfiguration(module, Map.copyOf(variables), Set.copyOf(published));
    }

    /**
     * The variables a deployment must set: those without a default or with an empty one (a key, a file, a name the
     * service cannot guess), those whose default points at this machine (localhost), and every secret, whose
     * default, if any, is published.
     */
    Set<String> required() {
        Set<String> required = new TreeSet<>();
        variables.forEach((name, value) -> {
            if (value == null
                    || value.isBlank()
                    || value.contains("localhost")
                    || value.contains("127.0.0.1")
                    || isSecretName(name)) {
                required.add(name);
            }
        });
        return required;
    }

    /** A name that says its value is a secret (a key, a password, a login), not a reference to one. */
    static boolean isSecretName(String name) {
        return SECRET_NAME.matcher(name).find() && !REFERENCE_NAME.matcher(name).find();
    }

    private static void placeholders(String text, Map<String, String> variables) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            variables.putIfAbsent(matcher.group(1), matcher.group(2));
        }
    }

    private static boolean onThePlatform(Path pom) {
        String text = read(pom);
        return text.contains("<artifactId>platform</artifactId>");
    }

    private static void leaves(JsonNode node, Set<String> values) {
        if (node.isValueNode()) {
            String value = node.asText();
            if (value.length() >= 16 && !value.contains("${")) {
                values.add(value);
            }
        } else {
            node.forEach(child -> leaves(child, values));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
