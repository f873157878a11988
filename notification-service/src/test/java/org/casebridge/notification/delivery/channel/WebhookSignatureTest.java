package org.casebridge.notification.delivery.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The example of the Standard Webhooks specification (spec/standard-webhooks.md, "Signature scheme"). */
    @Test
    void signsTheSpecificationsExampleVector() {
        String signature = WebhookSignature.sign(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L,
                "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8));

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aChangedBodyChangesTheSignature() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String original =
                WebhookSignature.sign(secret, "msg_1", 1614265330L, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        String tampered =
                WebhookSignature.sign(secret, "msg_1", 1614265330L, "{\"a\":2}".getBytes(StandardCharsets.UTF_8));

        assertThat(tampered).isNotEqualTo(original);
    }
}
