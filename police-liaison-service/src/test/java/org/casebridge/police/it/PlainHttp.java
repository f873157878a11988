package org.casebridge.police.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The running service over the JDK's own HTTP client, for the ITs that read an answer exactly as the service sent
 * it: a POST of a JSON body (none when null) or else a GET, with the bearer token given (none when null).
 */
record PlainHttp(int port, HttpClient http, ObjectMapper json) {

    PlainHttp(int port) {
        this(port, HttpClient.newHttpClient(), new ObjectMapper());
    }

    HttpResponse<String> send(String method, String path, String token, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (method.equals("POST")) {
            request.header("Content-Type", "application/json")
                    .POST(
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        } else {
            request.GET();
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
