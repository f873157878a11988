package org.casebridge.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules every Casebridge manifest keeps (ADR 0033). Each method returns what breaks a rule, one sentence a
 * finding, naming the resource and the file; an empty list means the rule holds.
 */
final class ManifestRules {

    /** Groups whose kinds are custom resources of the two operators; every other kind must be a typed model. */
    static final Set<String> OPERATOR_GROUPS = Set.of("kafka.strimzi.io", "postgresql.cnpg.io");

    static final String SINGLE_REPLICA = "casebridge.org/single-replica";
    private static final Pattern SECRET_VALUE =
            Pattern.compile("(?i)([A-Za-z0-9+/_-]{40,}={0,2}$)|password=|loginmodule|private key|secret=");
    private static final Pattern DATABASE_HOST = Pattern.compile("jdbc:postgresql://([a-z0-9-]+)-rw[:/]");

    private final KubernetesManifests manifests;
    private final Function<String, ServiceConfiguration> configurations;

    ManifestRules(KubernetesManifests manifests, Function<String, ServiceConfiguration> configurations) {
        this.manifests = manifests;
        this.configurations = configurations;
    }

    /** Built-in kinds are read as their typed model with no field the model does not know (a typo, a wrong level). */
    List<String> everyResourceIsKnownToTheModel() {
        List<String> findings = new ArrayList<>();
        for (KubernetesManifests.Manifest manifest : manifests.resources()) {
            HasMetadata resource = manifest.resource();
            String group = resource.getApiVersion().contains("/")
                    ? resource.getApiVersion()
                            .substring(0, resource.getApiVersion().indexOf('/'))
                    : "";
            if (resource instanceof GenericKubernetesResource) {
                if (!OPERATOR_GROUPS.contains(group)) {
                    findings.add(manifest.describe() + ": apiVersion " + resource.getApiVersion() + " and kind "
                            + resource.getKind() + " are not a Kubernetes model the client knows");
                }
                continue;
            }
            List<String> unknown = new ArrayList<>();
            unknownFields(resource, "", unknown);
            unknown.forEach(field -> findings.add(manifest.describe() + ": unknown field " + field));
        }
        return findings;
    }

    /** Two replicas or more (or a stated reason for one), probes, limits, a non-root read-only container. */
    List<String> everyDeploymentRunsSafely() {
        List<String> findings = new ArrayList<>();
        for (Deployment deployment : manifests.all("Deployment", Deployment.class)) {
            String name = "Deployment " + deployment.getMetadata().getName();
            String reason = Optional.ofNullable(deployment.getMetadata().getAnnotations())
                    .map(annotations -> annotations.get(SINGLE_REPLICA))
                    .orElse("");
            int replicas =
                    Optional.ofNullable(deployment.getSpec().getReplicas()).orElse(1);
            if (replicas < 2 && reason.isBlank()) {
                findings.add(name + ": " + replicas + " replica(s), and no " + SINGLE_REPLICA + " reason");
            }
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            PodSecurityContext podSecurity = pod.getSecurityContext();
            if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
                findings.add(name + ": mounts a service account token it never uses");
            }
            for (Container container : pod.getContainers()) {
                String where = name + " container " + container.getName();
                probes(container, where, findings);
                resources(container, where, findings);
                security(container, podSecurity, where, findings);
                temporaryDirectory(container, pod.getVolumes(), where, findings);
            }
        }
        return findings;
    }

    /** Every Deployment's pods are covered by a PodDisruptionBudget, a Service and NetworkPolicies both ways. */
    List<String> everyDeploymentIsCovered() {
        List<String> findings = new ArrayList<>();
        List<PodDisruptionBudget> budgets = manifests.all("PodDisruptionBudget", PodDisruptionBudget.class);
        List<NetworkPolicy> policies = manifests.all("NetworkPolicy", NetworkPolicy.class);
        List<Service> services = manifests.all("Service", Service.class);
        for (Deployment deployment : manifests.all("Deployment", Deployment.class)) {
            String name = "Deployment " + deployment.getMetadata().getName();
            Map<String, String> labels =
                    deployment.getSpec().getTemplate().getMetadata().getLabels();
            if (budgets.stream()
                    .noneMatch(budget -> selects(budget.getSpec().getSelector().getMatchLabels(), labels))) {
                findings.add(name + ": no PodDisruptionBudget selects its pods");
            }
            if (services.stream().noneMatch(service -> selects(service.getSpec().getSelector(), labels))) {
                findings.add(name + ": no Service selects its pods");
            }
            for (String direction : List.of("Ingress", "Egress")) {
                if (policies.stream()
                        .noneMatch(policy -> policy.getSpec().getPolicyTypes().contains(direction)
                                && selects(policy.getSpec().getPodSelector().getMatchLabels(), labels))) {
                    findings.add(name + ": no NetworkPolicy limits its " + direction.toLowerCase() + " traffic");
                }
            }
        }
        for (Ingress ingress : manifests.all("Ingress", Ingress.class)) {
            ingress.getSpec()
                    .getRules()
                    .forEach(rule -> rule.getHttp().getPaths().forEach(path -> {
                        String backend = path.getBackend().getService().getName();
                        String port = path.getBackend().getService().getPort().getName();
                        boolean found = services.stream()
                                .filter(service ->
                                        service.getMetadata().getName().equals(backend))
                                .anyMatch(service -> service.getSpec().getPorts().stream()
                                        .anyMatch(servicePort -> Objects.equals(servicePort.getName(), port)));
                        if (!found) {
                            findings.add("Ingress " + ingress.getMetadata().getName() + ": " + rule.getHost()
                                    + path.getPath() + " goes to " + backend + ":" + port
                                    + ", which no Service offers");
                        }
                    }));
            if (ingress.getSpec().getTls() == null || ingress.getSpec().getTls().isEmpty()) {
                findings.add("Ingress " + ingress.getMetadata().getName() + ": no TLS");
            }
        }
        return findings;
    }

    /**
     * No secret as a literal: a variable named as a secret comes from a Secret; no value in an env or a ConfigMap
     * looks like a key or a login, or is one the repository publishes; no Deployment runs the local profile.
     */
    List<String> noSecretIsALiteral() {
        List<String> findings = new ArrayList<>();
        Set<String> published = new HashSet<>();
        for (Deployment deployment : manifests.all("Deployment", Deployment.class)) {
            for (Container container :
                    deployment.getSpec().getTemplate().getSpec().getContainers()) {
                Optional.ofNullable(configurations.apply(container.getName()))
                        .ifPresent(configuration -> published.addAll(configuration.publishedValues()));
            }
        }
        for (Deployment deployment : manifests.all("Deployment", Deployment.class)) {
            for (Container container :
                    deployment.getSpec().getTemplate().getSpec().getContainers()) {
                String where = "Deployment " + deployment.getMetadata().getName() + " container " + container.getName();
                for (EnvVar variable : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
                    if (variable.getValueFrom() == null) {
                        literal(where, variable.getName(), variable.getValue(), published, findings);
                    } else if (ServiceConfiguration.isSecretName(variable.getName())
                            && variable.getValueFrom().getSecretKeyRef() == null) {
                        findings.add(where + ": " + variable.getName() + " comes from somewhere other than a Secret");
                    }
                    if (variable.getName().equals("SPRING_PROFILES_ACTIVE")
                            && String.valueOf(variable.getValue()).contains("local")) {
                        findings.add(where + ": runs the local profile, with its published keys");
                    }
                }
            }
        }
        for (ConfigMap map : manifests.all("ConfigMap", ConfigMap.class)) {
            Optional.ofNullable(map.getData())
                    .orElse(Map.of())
                    .forEach((key, value) ->
                            literal("ConfigMap " + map.getMetadata().getName(), key, value, published, findings));
        }
        return findings;
    }

    /** Every variable a module's own configuration needs outside a developer's machine is set, and set usably. */
    List<String> everyRequiredVariableIsProvided() {
        List<String> findings = new ArrayList<>();
        Set<String> kafkaUsers = names("KafkaUser");
        Set<String> databases = names("Cluster");
        for (Deployment deployment : manifests.all("Deployment", Deployment.class)) {
            for (Container container :
                    deployment.getSpec().getTemplate().getSpec().getContainers()) {
                String where = "Deployment " + deployment.getMetadata().getName() + " container " + container.getName();
                ServiceConfiguration configuration = configurations.apply(container.getName());
                if (configuration == null) {
                    findings.add(where + ": names no module of this repository, so nothing says what it needs");
                    continue;
                }
                Map<String, EnvVar> provided = provided(container);
                for (String required : configuration.required()) {
                    if (!provided.containsKey(required)) {
                        findings.add(where + ": " + required + " is required (" + configuration.module()
                                + "'s configuration reads it with default '"
                                + Objects.toString(configuration.variables().get(required), "none")
                                + "') and not provided");
                    }
                }
                String protocol = value(provided.get("KAFKA_SECURITY_PROTOCOL"));
                if (configuration.variables().containsKey("KAFKA_BOOTSTRAP_SERVERS")) {
                    if (!protocol.startsWith("SASL_") && !protocol.equals("SSL")) {
                        findings.add(where + ": speaks to Kafka without authentication (KAFKA_SECURITY_PROTOCOL '"
                                + protocol + "')");
                    }
                    if (protocol.startsWith("SASL_")) {
                        EnvVar login = provided.get("KAFKA_SASL_JAAS_CONFIG");
                        if (login == null
                                || login.getValueFrom() == null
                                || login.getValueFrom().getSecretKeyRef() == null
                                || !kafkaUsers.contains(
                                        login.getValueFrom().getSecretKeyRef().getName())) {
                            findings.add(where + ": KAFKA_SASL_JAAS_CONFIG must come from the Secret of a KafkaUser");
                        }
                    }
                }
                Matcher database = DATABASE_HOST.matcher(value(provided.get("CASEBRIDGE_DB_URL")));
                if (configuration.variables().containsKey("CASEBRIDGE_DB_URL")
                        && (!database.find() || !databases.contains(database.group(1)))) {
                    findings.add(where + ": CASEBRIDGE_DB_URL names no CloudNativePG Cluster's -rw service");
                }
            }
        }
        return findings;
    }

    /** Topics with replication 3, each published topic written by one user only, ACLs only on declared topics. */
    List<String> kafkaIsReplicatedAndAuthenticated(Collection<String> publishedTopics) {
        List<String> findings = new ArrayList<>();
        Set<String> topics = new TreeSet<>();
        for (GenericKubernetesResource topic : manifests.all("KafkaTopic", GenericKubernetesResource.class)) {
            String name = Objects.toString(
                    topic.get("spec", "topicName"), topic.getMetadata().getName());
            topics.add(name);
            if (!Integer.valueOf(3).equals(topic.get("spec", "replicas"))) {
                findings.add("KafkaTopic " + name + ": replication " + topic.get("spec", "replicas") + ", not 3");
            }
            if (!(topic.get("spec", "partitions") instanceof Integer partitions) || partitions < 3) {
                findings.add("KafkaTopic " + name + ": fewer than 3 partitions to share among instances");
            }
        }
        publishedTopics.stream()
                .filter(topic -> !topics.contains(topic))
                .forEach(topic -> findings.add("the published topic " + topic + " has no KafkaTopic"));
        Map<String, Set<String>> writers = new java.util.HashMap<>();
        for (GenericKubernetesResource user : manifests.all("KafkaUser", GenericKubernetesResource.class)) {
            String name = "KafkaUser " + user.getMetadata().getName();
            Object authentication = user.get("spec", "authentication", "type");
            if (!"scram-sha-512".equals(authentication) && !"tls".equals(authentication)) {
                findings.add(name + ": authenticates with " + authentication + ", not SCRAM-SHA-512 or TLS");
            }
            if (!"simple".equals(user.get("spec", "authorization", "type"))) {
                findings.add(name + ": no ACLs");
                continue;
            }
            List<Map<String, Object>> acls = user.get("spec", "authorization", "acls");
            for (Map<String, Object> acl : acls) {
                @SuppressWarnings("unchecked")
                Map<String, Object> resource = (Map<String, Object>) acl.get("resource");
                String resourceName = String.valueOf(resource.get("name"));
                if (resourceName.equals("*") || resourceName.isBlank()) {
                    findings.add(name + ": an ACL on every " + resource.get("type"));
                }
                boolean literalTopic =
                        "topic".equals(resource.get("type")) && !"prefix".equals(resource.get("patternType"));
                if (literalTopic && !topics.contains(resourceName)) {
                    findings.add(name + ": an ACL on topic " + resourceName + ", which has no KafkaTopic");
                }
                @SuppressWarnings("unchecked")
                List<String> operations = (List<String>) acl.get("operations");
                if (literalTopic && operations.contains("Write")) {
                    writers.computeIfAbsent(resourceName, topic -> new TreeSet<>())
                            .add(user.getMetadata().getName());
                }
            }
        }
        for (String topic : publishedTopics) {
            Set<String> users = writers.getOrDefault(topic, Set.of());
            if (users.size() != 1) {
                findings.add(
                        "the published topic " + topic + " must have exactly one writer, its owner; it has " + users);
            }
        }
        for (GenericKubernetesResource kafka : manifests.all("Kafka", GenericKubernetesResource.class)) {
            String name = "Kafka " + kafka.getMetadata().getName();
            List<Map<String, Object>> listeners = kafka.get("spec", "kafka", "listeners");
            for (Map<String, Object> listener : listeners) {
                if (listener.get("authentication") == null || !Boolean.TRUE.equals(listener.get("tls"))) {
                    findings.add(name + ": listener " + listener.get("name") + " without TLS and authentication");
                }
            }
            if (!"simple".equals(kafka.get("spec", "kafka", "authorization", "type"))) {
                findings.add(name + ": no ACL authorisation");
            }
        }
        return findings;
    }

    /**
     * Each service's KafkaUser lets it do what its code does on Kafka and no more on the Casebridge topics: read the
     * topics its listeners read, in their consumer groups; write the topic its outbox publishes to and the
     * dead-letter topics of what it reads; read or write no other topic named in full.
     */
    List<String> everyServiceMayDoOnKafkaWhatItsCodeDoes(Function<String, KafkaUsage> usages) {
        List<String> findings = new ArrayList<>();
        Map<String, GenericKubernetesResource> users = new java.util.HashMap<>();
        manifests
                .all("KafkaUser", GenericKubernetesResource.class)
                .forEach(user -> users.put(user.getMetadata().getName(), user));
        for (Deployment deployment : manifests.all("Deployment", Deployment.class)) {
            for (Container container :
                    deployment.getSpec().getTemplate().getSpec().getContainers()) {
                String where = "Deployment " + deployment.getMetadata().getName() + " container " + container.getName();
                KafkaUsage usage = usages.apply(container.getName());
                if (usage.reads().isEmpty() && usage.writes().isEmpty()) {
                    continue;
                }
                EnvVar login = provided(container).get("KAFKA_SASL_JAAS_CONFIG");
                GenericKubernetesResource user = login == null
                                || login.getValueFrom() == null
                                || login.getValueFrom().getSecretKeyRef() == null
                        ? null
                        : users.get(login.getValueFrom().getSecretKeyRef().getName());
                if (user == null) {
                    findings.add(where + ": uses Kafka, and its login is no KafkaUser's");
                    continue;
                }
                String name = where + " (KafkaUser " + user.getMetadata().getName() + ")";
                Map<String, Set<String>> granted = literalAcls(user);
                usage.reads().forEach(topic -> expect(granted, "topic:" + topic, "Read", name, findings));
                usage.groups().forEach(group -> expect(granted, "group:" + group, "Read", name, findings));
                usage.writes().forEach(topic -> expect(granted, "topic:" + topic, "Write", name, findings));
                granted.forEach((resource, operations) -> {
                    if (!resource.startsWith("topic:")) {
                        return;
                    }
                    String topic = resource.substring("topic:".length());
                    if (operations.contains("Write") && !usage.writes().contains(topic)) {
                        findings.add(name + ": may write " + topic + ", which its code never writes");
                    }
                    if (operations.contains("Read") && !usage.reads().contains(topic)) {
                        findings.add(name + ": may read " + topic + ", which its code never reads");
                    }
                });
            }
        }
        return findings;
    }

    private static void expect(
            Map<String, Set<String>> granted, String resource, String operation, String name, List<String> findings) {
        if (!granted.getOrDefault(resource, Set.of()).contains(operation)) {
            findings.add(name + ": its code needs " + operation + " on " + resource.replace(':', ' ')
                    + ", which its ACLs do not grant");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Set<String>> literalAcls(GenericKubernetesResource user) {
        Map<String, Set<String>> granted = new java.util.HashMap<>();
        List<Map<String, Object>> acls = user.get("spec", "authorization", "acls");
        for (Map<String, Object> acl : Optional.ofNullable(acls).orElse(List.of())) {
            Map<String, Object> resource = (Map<String, Object>) acl.get("resource");
            if ("prefix".equals(resource.get("patternType"))) {
                continue;
            }
            granted.computeIfAbsent(resource.get("type") + ":" + resource.get("name"), key -> new TreeSet<>())
                    .addAll((List<String>) acl.get("operations"));
        }
        return granted;
    }

    /** Three PostgreSQL instances, synchronous replication and a backup section for every database. */
    List<String> everyDatabaseIsReplicatedSynchronously() {
        List<String> findings = new ArrayList<>();
        for (GenericKubernetesResource cluster : manifests.all("Cluster", GenericKubernetesResource.class)) {
            String name = "Cluster " + cluster.getMetadata().getName();
            if (!(cluster.get("spec", "instances") instanceof Integer instances) || instances < 3) {
                findings.add(name + ": fewer than three instances");
            }
            if (!(cluster.get("spec", "postgresql", "synchronous", "number") instanceof Integer standbys)
                    || standbys < 1) {
                findings.add(name + ": no synchronous standby");
            }
            if (cluster.get("spec", "backup") == null) {
                findings.add(name + ": no backup section");
            }
        }
        return findings;
    }

    /** Every manifest file is part of a kustomization, and every resource a kustomization lists exists. */
    List<String> everyFileIsInAKustomization() {
        List<String> findings = new ArrayList<>();
        Set<Path> listed = new HashSet<>();
        manifests.kustomizations().forEach((file, kustomization) -> {
            for (String field : List.of("resources", "components")) {
                for (JsonNode entry : kustomization.path(field)) {
                    Path target = file.getParent().resolve(entry.asText()).normalize();
                    if (!Files.exists(target)) {
                        findings.add(manifests.root().relativize(file) + " lists " + entry.asText()
                                + ", which does not exist");
                    }
                    listed.add(target);
                }
            }
        });
        for (Path file : KubernetesManifests.yamlFiles(manifests.root())) {
            if (!file.getFileName().toString().equals("kustomization.yaml") && !listed.contains(file.normalize())) {
                findings.add(manifests.root().relativize(file) + " is in no kustomization.yaml");
            }
        }
        return findings;
    }

    private static void probes(Container container, String where, List<String> findings) {
        Map<String, Probe> probes = new java.util.LinkedHashMap<>();
        probes.put("startup", container.getStartupProbe());
        probes.put("liveness", container.getLivenessProbe());
        probes.put("readiness", container.getReadinessProbe());
        probes.forEach((kind, probe) -> {
            if (probe == null) {
                findings.add(where + ": no " + kind + " probe");
                return;
            }
            String expected = kind.equals("readiness") ? "/actuator/health/readiness" : "/actuator/health/liveness";
            if (probe.getHttpGet() == null
                    || !expected.equals(probe.getHttpGet().getPath())) {
                findings.add(where + ": the " + kind + " probe does not ask " + expected);
                return;
            }
            String port = probe.getHttpGet().getPort().getStrVal();
            boolean declared = Optional.ofNullable(container.getPorts()).orElse(List.of()).stream()
                    .anyMatch(containerPort -> Objects.equals(containerPort.getName(), port)
                            || Objects.equals(
                                    containerPort.getContainerPort(),
                                    probe.getHttpGet().getPort().getIntVal()));
            if (!declared) {
                findings.add(where + ": the " + kind + " probe asks a port the container does not declare");
            }
        });
    }

    private static void resources(Container container, String where, List<String> findings) {
        Map<String, Quantity> limits = container.getResources() == null
                ? null
                : container.getResources().getLimits();
        Map<String, Quantity> requests = container.getResources() == null
                ? null
                : container.getResources().getRequests();
        for (String resource : List.of("cpu", "memory")) {
            Quantity limit = limits == null ? null : limits.get(resource);
            Quantity request = requests == null ? null : requests.get(resource);
            if (limit == null || request == null) {
                findings.add(where + ": no " + resource + " request and limit");
            } else if (request.getNumericalAmount().compareTo(limit.getNumericalAmount()) > 0) {
                findings.add(where + ": asks more " + resource + " than its limit");
            }
        }
    }

    private static void security(Container container, PodSecurityContext pod, String where, List<String> findings) {
        SecurityContext own =
                Optional.ofNullable(container.getSecurityContext()).orElse(new SecurityContext());
        PodSecurityContext shared = Optional.ofNullable(pod).orElse(new PodSecurityContext());
        boolean nonRoot =
                Boolean.TRUE.equals(Optional.ofNullable(own.getRunAsNonRoot()).orElse(shared.getRunAsNonRoot()));
        Long user = Optional.ofNullable(own.getRunAsUser()).orElse(shared.getRunAsUser());
        if (!nonRoot || user == null || user == 0) {
            findings.add(where + ": not held to a non-root user (runAsNonRoot and a runAsUser other than 0)");
        }
        if (!Boolean.TRUE.equals(own.getReadOnlyRootFilesystem())) {
            findings.add(where + ": its root file system is writable");
        }
        if (!Boolean.FALSE.equals(own.getAllowPrivilegeEscalation())) {
            findings.add(where + ": may escalate its privileges");
        }
        if (own.getCapabilities() == null
                || own.getCapabilities().getDrop() == null
                || !own.getCapabilities().getDrop().contains("ALL")) {
            findings.add(where + ": keeps Linux capabilities (drop ALL)");
        }
        Object seccomp = own.getSeccompProfile() != null
                ? own.getSeccompProfile().getType()
                : shared.getSeccompProfile() == null
                        ? null
                        : shared.getSeccompProfile().getType();
        if (!"RuntimeDefault".equals(seccomp)) {
            findings.add(where + ": no RuntimeDefault seccomp profile");
        }
    }

    private static void temporaryDirectory(
            Container container, List<Volume> volumes, String where, List<String> findings) {
        boolean tmp = Optional.ofNullable(container.getVolumeMounts()).orElse(List.of()).stream()
                .filter(mount -> mount.getMountPath().equals("/tmp"))
                .anyMatch(mount -> Optional.ofNullable(volumes).orElse(List.of()).stream()
                        .anyMatch(volume -> volume.getName().equals(mount.getName()) && volume.getEmptyDir() != null));
        if (!tmp) {
            findings.add(where + ": no emptyDir at /tmp for a read-only root file system");
        }
    }

    private static void literal(String where, String name, String value, Set<String> published, List<String> findings) {
        if (ServiceConfiguration.isSecretName(name)) {
            findings.add(where + ": " + name + " is a secret written as a literal; take it from a Secret");
        } else if (value != null && (SECRET_VALUE.matcher(value).find() || published.contains(value))) {
            findings.add(where + ": the value of " + name + " looks like a secret or is a published one");
        }
    }

    private Map<String, EnvVar> provided(Container container) {
        Map<String, EnvVar> provided = new java.util.LinkedHashMap<>();
        for (EnvFromSource source : Optional.ofNullable(container.getEnvFrom()).orElse(List.of())) {
            if (source.getConfigMapRef() == null) {
                continue;
            }
            String prefix = Objects.toString(source.getPrefix(), "");
            manifests.all("ConfigMap", ConfigMap.class).stream()
                    .filter(map -> map.getMetadata()
                            .getName()
                            .equals(source.getConfigMapRef().getName()))
                    .flatMap(map -> Optional.ofNullable(map.getData()).orElse(Map.of()).entrySet().stream())
                    .forEach(entry -> provided.put(
                            prefix + entry.getKey(), new EnvVar(prefix + entry.getKey(), entry.getValue(), null)));
        }
        Optional.ofNullable(container.getEnv())
                .orElse(List.of())
                .forEach(variable -> provided.put(variable.getName(), variable));
        return provided;
    }

    private Set<String> names(String kind) {
        Set<String> names = new TreeSet<>();
        manifests.resources().stream()
                .map(KubernetesManifests.Manifest::resource)
                .filter(resource -> kind.equals(resource.getKind()))
                .forEach(resource -> names.add(resource.getMetadata().getName()));
        return names;
    }

    private static String value(EnvVar variable) {
        return variable == null || variable.getValue() == null ? "" : variable.getValue();
    }

    private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null
                && !selector.isEmpty()
                && labels != null
                && labels.entrySet().containsAll(selector.entrySet());
    }

    /** Fields the model kept aside because it has no property for them, anywhere in the resource. */
    private static void unknownFields(Object value, String path, List<String> found) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + index++ + "]", found);
            }
            return;
        }
        if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, item) -> unknownFields(item, path + "." + key, found));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0
                    || !getter.getName().startsWith("get")
                    || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class
                    || getter.getName().equals("getNumericalAmount")) {
                continue;
            }
            Object property;
            try {
                property = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            String name = Character.toLowerCase(getter.getName().charAt(3))
                    + getter.getName().substring(4);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (property instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    found.add((path.isEmpty() ? "" : path.substring(1) + ".") + extra.keySet());
                }
            } else {
                unknownFields(property, path + "." + name, found);
            }
        }
    }
}
