package org.casebridge.deploy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The whole stack (PostgreSQL, Kafka, the three service jars) started once per test JVM with the launcher's own code,
 * on free ports, and stopped when the JVM's tests are done. {@link FaultToleranceIT}, which runs last, adds a second
 * instance of each service to it and kills parts of it (ADR 0043). Its data directory
 * ({@code deploy/target/cross-service-stack}) starts empty and is kept afterwards: the services' logs are in its
 * {@code logs} folder. A test declares a {@link LocalStack} parameter to get it. The service jars must have been
 * built: a missing jar fails the test. The services export their spans to an {@link OtlpReceiver} in this JVM, which
 * a test declares as a parameter to read them (ADR 0040).
 */
final class WholeStack implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == LocalStack.class || type == OtlpReceiver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class);
        return parameter.getParameter().getType() == OtlpReceiver.class ? running.spans() : running.stack();
    }

    private record Running(LocalStack stack, OtlpReceiver spans) implements ExtensionContext.Store.CloseableResource {

        static Running start() {
            Path dataDir = Path.of(TestStacks.required("casebridge.stack.data.dir"));
            OtlpReceiver spans = OtlpReceiver.start();
            try {
                return new Running(
                        LocalStack.launch(TestStacks.options(dataDir, Ports.random())
                                .withFresh(true)
                                .withServiceEnvironment(Map.of("MANAGEMENT_OTLP_TRACING_ENDPOINT", spans.endpoint()))),
                        spans);
            } catch (RuntimeException e) {
                spans.close();
                throw e;
            }
        }

        @Override
        public void close() {
            stack.close();
            spans.close();
        }
    }
}
