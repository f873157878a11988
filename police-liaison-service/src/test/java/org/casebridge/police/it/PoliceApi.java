package org.casebridge.police.it;

import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.test.TestTokens;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The police API over HTTP as a given actor, who is named by a bearer token from the test identity provider
 * ({@link TestTokens}) exactly as the real one names them: subject, role and organisation claims.
 */
record PoliceApi(TestRestTemplate http) {

    ResponseEntity<String> post(Actor actor, String path, Object body) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers(actor)), String.class);
    }

    ResponseEntity<String> get(Actor actor, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(actor)), String.class);
    }

    /** A read with headers of its own besides the actor's token (a conditional read's {@code If-None-Match}). */
    ResponseEntity<String> get(Actor actor, String path, HttpHeaders extra) {
        HttpHeaders headers = headers(actor);
        headers.addAll(extra);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    static HttpHeaders headers(Actor actor) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(token(actor));
        return headers;
    }

    /** A fresh five-minute token for the actor. */
    static String token(Actor actor) {
        return TestTokens.trusted().token(actor.id(), actor.role().name(), actor.organisation());
    }
}
