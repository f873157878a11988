package org.casebridge.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The whole stack (PostgreSQL, Kafka, the three service jars) started once per test JVM with the launcher's
 * own code, in a temporary data directory on free ports, and stopped when the JVM's tests are done. A test
 * declares a {@link LocalStack} parameter to get it. The service jars must have been built: a missing jar
 * fails the test.
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

    private record Running(LocalStack stack, Path dataDir) implements ExtensionContext.Store.CloseableResource {

        static Running start() {
            try {
                Path dataDir = Files.createTempDirectory("casebridge-stack");
                return new Running(LocalStack.launch(TestStacks.options(dataDir, Ports.random())), dataDir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            stack.close();
            try (Stream<Path> paths = Files.walk(dataDir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
