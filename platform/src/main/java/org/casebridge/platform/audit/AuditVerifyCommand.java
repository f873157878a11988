package org.casebridge.platform.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The verification from an operator's shell, with progress, without starting the service (ADR 0045):
 *
 * <pre>
 * CASEBRIDGE_DB_URL=jdbc:postgresql://host/case_service CASEBRIDGE_DB_USER=... CASEBRIDGE_DB_PASSWORD=... \
 * CASEBRIDGE_AUDIT_PUBLIC_KEY=&lt;base64 X.509&gt; \
 * java -cp case-service.jar -Dloader.main=org.casebridge.platform.audit.AuditVerifyCommand \
 *      org.springframework.boot.loader.launch.PropertiesLauncher
 * </pre>
 *
 * The public key is the one the service exports at {@code /api/audit/checkpoints}, kept outside the service; without
 * it, the public key in {@code CASEBRIDGE_AUDIT_DEV_KEY_FILE} (the local stack's) is used. Exit status 0 when the trail
 * verifies, 1 when an entry breaks, 2 when the check could not run.
 */
public final class AuditVerifyCommand {

    private AuditVerifyCommand() {}

    public static void main(String[] args) {
        System.exit(run(System.getenv(), System.out));
    }

    static int run(Map<String, String> environment, PrintStream out) {
        String url = environment.get("CASEBRIDGE_DB_URL");
        String publicKey = publicKey(environment);
        if (url == null || publicKey == null) {
            out.println(
                    "Set CASEBRIDGE_DB_URL, CASEBRIDGE_DB_USER, CASEBRIDGE_DB_PASSWORD and CASEBRIDGE_AUDIT_PUBLIC_KEY"
                            + " (the base64 public key from GET /api/audit/checkpoints)");
            return 2;
        }
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
                url,
                environment.getOrDefault("CASEBRIDGE_DB_USER", ""),
                environment.getOrDefault("CASEBRIDGE_DB_PASSWORD", "")));
        long[] lastPercent = {-1};
        Verification result = new AuditVerifier(jdbc).verify(publicKey, (source, entries, total) -> {
            long percent = total == 0 ? 100 : entries * 100 / total;
            if (percent != lastPercent[0] || entries == total) {
                lastPercent[0] = percent;
                out.printf("%-6s %,d of %,d entries (%d%%)%n", source.code(), entries, total, percent);
            }
        });
        out.println("entries checked: " + result.entriesChecked());
        out.println("checkpoint: " + (result.checkpoint() == null ? "none yet" : result.checkpoint()));
        if (result.verified()) {
            out.println("VERIFIED");
            return 0;
        }
        out.println("NOT VERIFIED: "
                + (result.firstBrokenEntry() == null
                        ? "the latest checkpoint's signature is not the service key's"
                        : "first broken entry " + result.firstBrokenEntry()));
        return 1;
    }

    private static @Nullable String publicKey(Map<String, String> environment) {
        String key = environment.get("CASEBRIDGE_AUDIT_PUBLIC_KEY");
        if (key != null && !key.isBlank()) {
            return key.strip();
        }
        String devKeyFile = environment.get("CASEBRIDGE_AUDIT_DEV_KEY_FILE");
        if (devKeyFile != null && Files.isRegularFile(Path.of(devKeyFile))) {
            try {
                List<String> lines = Files.readAllLines(Path.of(devKeyFile));
                return lines.size() > 1 ? lines.get(1).strip() : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return null;
    }
}
