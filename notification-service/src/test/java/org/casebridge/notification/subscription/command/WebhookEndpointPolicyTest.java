package org.casebridge.notification.subscription.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookEndpointPolicyTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://hooks.hackney.example/casebridge",
                "https://93.184.216.34/hook",
                "https://hooks.example.org:8443/a?b=c"
            })
    void acceptsPublicHttpsUrls(String url) {
        assertThat(WebhookEndpointPolicy.strict().check(url)).hasToString(url);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://hooks.hackney.example/x",
                "ftp://hooks.hackney.example/x",
                "https://localhost/x",
                "https://127.0.0.1/x",
                "https://10.0.0.8/x",
                "https://192.168.1.1/x",
                "https://172.16.4.4/x",
                "https://169.254.169.254/latest/meta-data",
                "https://[::1]/x",
                "https://[fd00::1]/x",
                "https://0.0.0.0/x",
                "https://100.64.0.1/x",
                "https://user:pass@hooks.example.org/x",
                "https://intranet/x",
                "https://db.internal/x",
                "not a url",
                ""
            })
    void refusesInsecureOrInternalUrls(String url) {
        assertThatThrownBy(() -> WebhookEndpointPolicy.strict().check(url))
                .isInstanceOf(WebhookUrlRejectedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:9999/hook", "http://127.0.0.1:9999/hook", "https://10.0.0.8/x"})
    void theLocalProfileAllowsReceiversOnThisMachine(String url) {
        assertThat(WebhookEndpointPolicy.local().check(url)).hasToString(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "::1", "fe80::1", "169.254.1.1"})
    void refusesAPublicNameThatResolvesToAnInternalAddress(String address) throws Exception {
        InetAddress[] resolved = {InetAddress.getByName(address)};
        assertThatThrownBy(() -> WebhookEndpointPolicy.strict().checkResolved("hooks.example.org", resolved))
                .isInstanceOf(WebhookUrlRejectedException.class);
    }
}
