package org.casebridge.deploy;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The whole stack (PostgreSQL, Kafka, the three service jars) started once per test JVM with the launcher's
 * own code, on free ports, and stopped when the JVM's tests are done. Its data directory
 * ({@code deploy/target/cross-service-stack}) starts empty and is kept afterwards: the services' logs are in its
 * {@code logs} folder. A test declares a {@link LocalStack} parameter to get it. The service jars must have been
 * built: a missing jar fails the test.
 */
final class WholeStack implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalStack.class;
    }

    @Override
    public LocalStack resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class)
                .stack();
    }

    private record Running(LocalStack stack) implements ExtensionContext.Store.CloseableResource {

        static Running start() {
            Path dataDir = Path.of(TestStacks.required("casebridge.stack.data.dir"));
            return new Running(LocalStack.launch(
                    TestStacks.options(dataDir, Ports.random()).withFresh(true)));
        }

        @Override
        public void close() {
            stack.close();
        }
    }
}
