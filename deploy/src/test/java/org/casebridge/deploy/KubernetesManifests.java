package org.casebridge.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every manifest under {@code deploy/kubernetes}, each YAML document read with the fabric8 Kubernetes model: the
 * built-in kinds as their typed classes, the operators' custom resources (Strimzi, CloudNativePG) as
 * {@link GenericKubernetesResource}. Kustomize's own files are kept apart as plain trees.
 */
record KubernetesManifests(Path root, List<Manifest> resources, Map<Path, JsonNode> kustomizations) {

    /** One resource and the file it was read from. */
    record Manifest(Path file, HasMetadata resource) {

        String describe() {
            return resource.getKind() + " " + resource.getMetadata().getName() + " (" + file + ")";
        }
    }

    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final YAMLMapper YAML = new YAMLMapper();

    static KubernetesManifests under(Path root) {
        List<Manifest> resources = new ArrayList<>();
        Map<Path, JsonNode> kustomizations = new java.util.TreeMap<>();
        for (Path file : yamlFiles(root)) {
            List<JsonNode> documents = documents(file);
            if (file.getFileName().toString().equals("kustomization.yaml")) {
                kustomizations.put(file, documents.getFirst());
                continue;
            }
            for (JsonNode document : documents) {
                KubernetesResource resource = SERIALIZATION.convertValue(document, KubernetesResource.class);
                if (!(resource instanceof HasMetadata withMetadata)) {
                    throw new IllegalStateException(file + " holds something that is not a Kubernetes resource");
                }
                resources.add(new Manifest(root.relativize(file), withMetadata));
            }
        }
        return new KubernetesManifests(root, List.copyOf(resources), kustomizations);
    }

    /** The resources of one kind, typed or generic. */
    <T extends HasMetadata> List<T> all(String kind, Class<T> type) {
        return resources.stream()
                .map(Manifest::resource)
                .filter(resource -> kind.equals(resource.getKind()))
                .map(type::cast)
                .toList();
    }

    static List<Path> yamlFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file ->
                            file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> documents(Path file) {
        try (MappingIterator<JsonNode> documents =
                YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            return documents.readAll().stream()
                    .filter(document -> document != null && !document.isNull() && !document.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
