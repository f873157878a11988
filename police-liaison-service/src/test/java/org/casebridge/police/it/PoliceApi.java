package org.casebridge.police.it;

import java.util.Map;

import org.casebridge.platform.actor.Actor;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The police API over HTTP as a given actor, with the platform's actor headers. */
record PoliceApi(TestRestTemplate http) {

    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };

    ResponseEntity<String> post(Actor actor, String path, Object body) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers(actor)), String.class);
    }

    ResponseEntity<String> get(Actor actor, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(actor)), String.class);
    }

    ResponseEntity<Map<String, Object>> getMap(Actor actor, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(actor)), MAP);
    }

    static HttpHeaders headers(Actor actor) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Actor-Id", actor.id());
        headers.set("X-Actor-Role", actor.role().name());
        headers.set("X-Actor-Org", actor.organisation());
        return headers;
    }
}
