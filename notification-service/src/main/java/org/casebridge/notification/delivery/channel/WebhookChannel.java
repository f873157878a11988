package org.casebridge.notification.delivery.channel;

import jakarta.annotation.PreDestroy;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.casebridge.notification.delivery.DeliveryProperties;
import org.casebridge.notification.subscription.command.ChannelType;
import org.casebridge.notification.subscription.command.WebhookEndpointPolicy;
import org.casebridge.notification.subscription.command.WebhookUrlRejectedException;
import org.casebridge.notification.subscription.secret.SecretCipher;
import org.casebridge.platform.observability.TraceContexts;
import org.springframework.stereotype.Component;

/**
 * CloudEvents JSON over HTTP POST, signed as the Standard Webhooks specification describes. Bounded in time (connect
 * and whole exchange) and in the response size read; redirects are not followed; the host is resolved and checked
 * against the endpoint policy before every attempt. The request carries the delivery's W3C {@code traceparent} (and
 * {@code tracestate}) headers when it is traced (ADR 0040); they are not signed, and a receiver may ignore them.
 */
@Component
public class WebhookChannel implements DeliveryChannel {

    private static final String USER_AGENT = "Casebridge-Webhooks/1";

    private final HttpClient client;
    private final WebhookEndpointPolicy endpoints;
    private final SecretCipher cipher;
    private final DeliveryProperties properties;
    private final Clock clock;
    private final TraceContexts traces;

    public WebhookChannel(
            WebhookEndpointPolicy endpoints,
            SecretCipher cipher,
            DeliveryProperties properties,
            Clock clock,
            TraceContexts traces) {
        this.endpoints = endpoints;
        this.cipher = cipher;
        this.properties = properties;
        this.clock = clock;
        this.traces = traces;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public ChannelType type() {
        return ChannelType.WEBHOOK;
    }

    /** Stops the client's selector thread and in-flight exchanges when the service stops. */
    @PreDestroy
    void close() {
        client.shutdownNow();
    }

    @Override
    public SendResult send(OutgoingDelivery delivery) {
        URI uri;
        try {
            uri = endpoints.check(delivery.subscription().endpoint());
            endpoints.checkResolved(uri.getHost(), InetAddress.getAllByName(uri.getHost()));
        } catch (WebhookUrlRejectedException e) {
            return SendResult.failed(null, "endpoint refused: " + e.getMessage());
        } catch (UnknownHostException e) {
            return SendResult.failed(null, "unknown host");
        }
        byte[] body = CloudEventJson.structured(delivery);
        long timestamp = clock.instant().getEpochSecond();
        String secret = cipher.decrypt(delivery.subscription().encryptedSecret());
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
        traces.current().forEach(builder::header);
        HttpRequest request = builder.timeout(properties.readTimeout())
                .header("Content-Type", CloudEventJson.CONTENT_TYPE)
                .header("User-Agent", USER_AGENT)
                .header(WebhookSignature.ID_HEADER, delivery.deliveryId())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(
                        WebhookSignature.SIGNATURE_HEADER,
                        WebhookSignature.sign(secret, delivery.deliveryId(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        CompletableFuture<HttpResponse<Void>> exchange = client.sendAsync(
                request, info -> new BoundedDiscard(properties.maxResponse().toBytes()));
        try {
            int status = exchange.get(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .statusCode();
            return status >= 200 && status < 300
                    ? SendResult.accepted(status)
                    : SendResult.failed(status, "HTTP " + status);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return SendResult.failed(
                    null, "timed out after " + properties.readTimeout().toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return SendResult.failed(
                    null,
                    cause instanceof HttpTimeoutException
                            ? "timed out"
                            : "connection failed: " + cause.getClass().getSimpleName());
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return SendResult.failed(null, "interrupted");
        }
    }

    /** Reads and drops the response body up to a limit, then stops reading: a huge response costs nothing. */
    private static final class BoundedDiscard implements HttpResponse.BodySubscriber<Void> {

        private final long limit;
        private final CompletableFuture<Void> done = new CompletableFuture<>();
        private Flow.Subscription subscription;
        private long read;

        private BoundedDiscard(long limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<Void> getBody() {
            return done;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                read += buffer.remaining();
            }
            if (read > limit) {
                subscription.cancel();
                done.complete(null);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            done.complete(null);
        }

        @Override
        public void onComplete() {
            done.complete(null);
        }
    }
}
