package org.casebridge.platform.test;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * A stand-in identity provider for tests: an RSA key generated per JVM, its JWK set served over real HTTP on
 * loopback, and signed JWTs with the claims the Casebridge identity provider issues: access tokens ({@code typ}
 * {@code at+jwt}) whose audience is every service under test ({@link #EVERY_SERVICE}), unless a test names one.
 * {@link #foreign()} signs with a key nobody trusts, for the wrong-signature case.
 */
public final class TestTokens {

    public static final String ISSUER = "http://casebridge-test-issuer";

    /** The RFC 9068 type of an access token, which every service requires. */
    public static final String ACCESS_TOKEN_TYPE = "at+jwt";

    /**
     * The resource ids of the services tests run ({@code casebridge-<spring.application.name>}), including the
     * platform's probe: a token with these audiences is accepted by each of them.
     */
    public static final List<String> EVERY_SERVICE = List.of(
            "casebridge-case-service",
            "casebridge-police-liaison-service",
            "casebridge-notification-service",
            "casebridge-probe");

    private static TestTokens trusted;
    private static HttpServer jwks;

    private final RSAKey key;
    private final NimbusJwtEncoder encoder;

    private TestTokens(RSAKey key) {
        this.key = key;
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
    }

    /** The tokens the services under test trust. */
    public static synchronized TestTokens trusted() {
        if (trusted == null) {
            trusted = new TestTokens(newKey());
            serveJwks(trusted.key);
        }
        return trusted;
    }

    /** Tokens signed with a key of their own, which no service trusts. */
    public static TestTokens foreign() {
        return new TestTokens(newKey());
    }

    /** Where the trusted key set is served. */
    public static String jwkSetUri() {
        trusted();
        return "http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks";
    }

    /** A token for a user with a role and an organisation, valid for five minutes. */
    public String token(String subject, String role, String organisation) {
        return token(subject, role, organisation, ISSUER, Instant.now(), Duration.ofMinutes(5));
    }

    /** A token with every part chosen; a null role or organisation leaves that claim out. */
    public String token(
            String subject, String role, String organisation, String issuer, Instant issuedAt, Duration validity) {
        return token(subject, role, organisation, issuer, issuedAt, validity, EVERY_SERVICE, ACCESS_TOKEN_TYPE);
    }

    /** A five-minute access token for the services named, and no other: an empty list leaves {@code aud} out. */
    public String tokenFor(List<String> audiences, String subject, String role, String organisation) {
        return token(
                subject,
                role,
                organisation,
                ISSUER,
                Instant.now(),
                Duration.ofMinutes(5),
                audiences,
                ACCESS_TOKEN_TYPE);
    }

    /**
     * A five-minute token of JOSE type {@code type} (for example {@code JWT}, as an ID token has) for every service
     * under test; a null type leaves the header out.
     */
    public String tokenOfType(String type, String subject, String role, String organisation) {
        return token(subject, role, organisation, ISSUER, Instant.now(), Duration.ofMinutes(5), EVERY_SERVICE, type);
    }

    private String token(
            String subject,
            String role,
            String organisation,
            String issuer,
            Instant issuedAt,
            Duration validity,
            List<String> audiences,
            String type) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(subject)
                .id(UUID.randomUUID().toString())
                .issuedAt(issuedAt)
                .notBefore(issuedAt)
                .expiresAt(issuedAt.plus(validity));
        if (role != null) {
            claims.claim("role", role);
        }
        if (organisation != null) {
            claims.claim("org", organisation);
        }
        if (!audiences.isEmpty()) {
            claims.audience(audiences);
        }
        JwsHeader.Builder header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID());
        if (type != null) {
            header.type(type);
        }
        return encoder.encode(JwtEncoderParameters.from(header.build(), claims.build()))
                .getTokenValue();
    }

    private static RSAKey newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void serveJwks(RSAKey key) {
        byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        try {
            jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jwks.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        jwks.start();
    }
}
