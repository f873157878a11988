package org.casebridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.casebridge.events.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every manifest under {@code deploy/kubernetes}, parsed with the fabric8 Kubernetes model, keeps the rules of
 * ADR 0033; what a service needs is read from the service's own configuration. No cluster is involved.
 */
class KubernetesManifestsTest {

    private static final Path REPOSITORY = repository();
    private static final Map<String, ServiceConfiguration> CONFIGURATIONS = new ConcurrentHashMap<>();

    private static KubernetesManifests manifests;
    private static ManifestRules rules;

    @BeforeAll
    static void read() {
        manifests = KubernetesManifests.under(REPOSITORY.resolve("deploy/kubernetes"));
        rules = rulesFor(manifests);
    }

    @Test
    void every_manifest_is_read_and_every_kind_the_deployment_needs_is_there() {
        assertThat(manifests.resources())
                .extracting(manifest -> manifest.resource().getKind())
                .contains(
                        "Deployment",
                        "Service",
                        "PodDisruptionBudget",
                        "NetworkPolicy",
                        "Ingress",
                        "Kafka",
                        "KafkaNodePool",
                        "KafkaTopic",
                        "KafkaUser",
                        "Cluster");
        assertThat(manifests.all("Deployment", Deployment.class))
                .extracting(deployment -> deployment.getMetadata().getName())
                .contains("case-service", "police-liaison-service", "notification-service", "identity-provider");
        assertThat(manifests.all("KafkaTopic", GenericKubernetesResource.class)).isNotEmpty();
        assertThat(rules.everyResourceIsKnownToTheModel()).isEmpty();
        assertThat(rules.everyFileIsInAKustomization()).isEmpty();
    }

    @Test
    void every_container_has_probes_limits_and_a_non_root_read_only_file_system() {
        assertThat(rules.everyDeploymentRunsSafely()).isEmpty();
    }

    @Test
    void every_deployment_has_a_disruption_budget_a_service_and_network_policies() {
        assertThat(rules.everyDeploymentIsCovered()).isEmpty();
    }

    @Test
    void no_secret_is_written_as_a_literal() {
        assertThat(rules.noSecretIsALiteral()).isEmpty();
    }

    @Test
    void every_variable_a_service_requires_is_provided() {
        assertThat(configuration("case-service").required())
                .as("read from case-service's own configuration")
                .contains("CASEBRIDGE_PERSONAL_DATA_KEY", "CASEBRIDGE_PORTAL_DRAFTS_KEY", "CASEBRIDGE_DB_URL");
        assertThat(configuration("notification-service").required()).contains("NOTIFICATION_SECRET_KEY");
        assertThat(rules.everyRequiredVariableIsProvided()).isEmpty();
    }

    @Test
    void kafka_topics_are_replicated_three_times_and_every_service_is_authenticated_with_its_own_acls() {
        assertThat(rules.kafkaIsReplicatedAndAuthenticated(List.of(Topics.SCHOOL_EVENTS, Topics.POLICE_EVENTS)))
                .isEmpty();
    }

    @Test
    void every_service_may_do_on_kafka_what_its_code_does_and_no_more() {
        assertThat(KafkaUsage.of(REPOSITORY, "notification-service"))
                .as("read from notification-service's listeners")
                .satisfies(usage -> {
                    assertThat(usage.reads()).containsExactlyInAnyOrder(Topics.SCHOOL_EVENTS, Topics.POLICE_EVENTS);
                    assertThat(usage.groups())
                            .containsExactlyInAnyOrder(
                                    "notification-service",
                                    "notification-service-agency-cases",
                                    "notification-service-partnership-report");
                });
        assertThat(KafkaUsage.of(REPOSITORY, "case-service").writes()).contains(Topics.SCHOOL_EVENTS);
        assertThat(rules.everyServiceMayDoOnKafkaWhatItsCodeDoes(module -> KafkaUsage.of(REPOSITORY, module)))
                .isEmpty();
    }

    @Test
    void every_database_has_three_instances_synchronous_replication_and_a_backup_section() {
        assertThat(rules.everyDatabaseIsReplicatedSynchronously()).isEmpty();
    }

    /** The rules find what they are for: a Deployment that breaks each of them, and a topic with one replica. */
    @Test
    void the_rules_find_a_deployment_and_a_topic_that_break_them(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("kustomization.yaml"), """
                resources:
                  - broken.yaml
                """);
        Files.writeString(directory.resolve("broken.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: case-service
                spec:
                  replicas: 1
                  selector:
                    matchLabels:
                      app.kubernetes.io/name: case-service
                  template:
                    metadata:
                      labels:
                        app.kubernetes.io/name: case-service
                    spec:
                      containers:
                        - name: case-service
                          image: casebridge/case-service:0.1.0
                          livenesProbe: {}
                          readinessProbe:
                            httpGet:
                              path: /actuator/health
                              port: 8081
                          env:
                            - name: CASEBRIDGE_PERSONAL_DATA_KEY
                              value: bG9jYWwtZGV2ZWxvcG1lbnQta2V5LW5vdC1zZWNyZXQ=
                            - name: CASEBRIDGE_JWT_AUDIENCE
                              value: bG9jYWwtZGV2ZWxvcG1lbnQta2V5LW5vdC1zZWNyZXQ=
                            - name: SPRING_PROFILES_ACTIVE
                              value: local
                            - name: KAFKA_SASL_JAAS_CONFIG
                              valueFrom:
                                secretKeyRef:
                                  name: too-much
                                  key: sasl.jaas.config
                ---
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaUser
                metadata:
                  name: too-much
                spec:
                  authentication:
                    type: scram-sha-512
                  authorization:
                    type: simple
                    acls:
                      - resource:
                          type: topic
                          name: casebridge.police.events
                        operations: [Write, Describe]
                ---
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata:
                  name: casebridge.school.events
                spec:
                  partitions: 1
                  replicas: 1
                """);
        KubernetesManifests broken = KubernetesManifests.under(directory);
        ManifestRules brokenRules = rulesFor(broken);

        assertThat(brokenRules.everyResourceIsKnownToTheModel())
                .singleElement()
                .asString()
                .contains("livenesProbe");
        assertThat(String.join("\n", brokenRules.everyDeploymentRunsSafely()))
                .contains("1 replica(s)")
                .contains("no startup probe")
                .contains("no liveness probe")
                .contains("the readiness probe does not ask /actuator/health/readiness")
                .contains("no cpu request and limit")
                .contains("not held to a non-root user")
                .contains("its root file system is writable")
                .contains("no emptyDir at /tmp");
        assertThat(String.join("\n", brokenRules.everyDeploymentIsCovered()))
                .contains("no PodDisruptionBudget")
                .contains("no Service")
                .contains("no NetworkPolicy limits its ingress")
                .contains("no NetworkPolicy limits its egress");
        assertThat(String.join("\n", brokenRules.noSecretIsALiteral()))
                .contains("CASEBRIDGE_PERSONAL_DATA_KEY is a secret written as a literal")
                .contains("the value of CASEBRIDGE_JWT_AUDIENCE looks like a secret or is a published one")
                .contains("runs the local profile");
        assertThat(String.join("\n", brokenRules.everyRequiredVariableIsProvided()))
                .contains("CASEBRIDGE_PORTAL_DRAFTS_KEY is required")
                .contains("CASEBRIDGE_DB_URL is required")
                .contains("speaks to Kafka without authentication");
        assertThat(String.join("\n", brokenRules.kafkaIsReplicatedAndAuthenticated(List.of(Topics.SCHOOL_EVENTS))))
                .contains("replication 1, not 3")
                .contains("fewer than 3 partitions")
                .contains("must have exactly one writer");
        assertThat(String.join(
                        "\n",
                        brokenRules.everyServiceMayDoOnKafkaWhatItsCodeDoes(
                                module -> KafkaUsage.of(REPOSITORY, module))))
                .contains("its code needs Read on topic casebridge.police.events")
                .contains("its code needs Read on group case-service")
                .contains("its code needs Write on topic casebridge.school.events")
                .contains("may write casebridge.police.events, which its code never writes");
    }

    private static ManifestRules rulesFor(KubernetesManifests parsed) {
        return new ManifestRules(parsed, KubernetesManifestsTest::configuration);
    }

    private static ServiceConfiguration configuration(String module) {
        return CONFIGURATIONS.computeIfAbsent(module, name -> ServiceConfiguration.of(REPOSITORY, name));
    }

    /** The repository root: surefire runs in the deploy module's directory. */
    private static Path repository() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("deploy/kubernetes")) ? here : here.getParent();
    }
}
