package org.casebridge.notification.subscription.command;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which webhook URLs may receive case events. Outside the local profile: https only, no credentials in the URL and
 * no loopback, private, link-local or otherwise internal address, so that a subscription cannot turn the service into
 * a probe of its own network. Checked without DNS when subscribing (literal addresses and internal names) and again
 * on the resolved addresses before every delivery.
 */
public final class WebhookEndpointPolicy {

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    /** Long enough for any real endpoint, short enough to keep a URL from carrying data. */
    private static final int MAX_URL_LENGTH = 2048;

    private final boolean allowLocalEndpoints;

    private WebhookEndpointPolicy(boolean allowLocalEndpoints) {
        this.allowLocalEndpoints = allowLocalEndpoints;
    }

    /** The production policy. */
    public static WebhookEndpointPolicy strict() {
        return new WebhookEndpointPolicy(false);
    }

    /** The local profile's policy: http, loopback and private addresses allowed for a receiver on this machine. */
    public static WebhookEndpointPolicy local() {
        return new WebhookEndpointPolicy(true);
    }

    public boolean allowsLocalEndpoints() {
        return allowLocalEndpoints;
    }

    /** Rejects a URL that may not receive deliveries, without resolving its host name. */
    public URI check(String url) {
        if (url == null || url.isBlank()) {
            throw new WebhookUrlRejectedException("A webhook URL is required");
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw new WebhookUrlRejectedException("The webhook URL is longer than " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new WebhookUrlRejectedException("Not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean https = scheme.equals("https");
        if (!https && !(allowLocalEndpoints && scheme.equals("http"))) {
            throw new WebhookUrlRejectedException(
                    allowLocalEndpoints ? "The webhook URL must be http or https" : "The webhook URL must be https");
        }
        if (uri.getRawUserInfo() != null) {
            throw new WebhookUrlRejectedException("The webhook URL must not carry credentials");
        }
        if (uri.getRawFragment() != null) {
            throw new WebhookUrlRejectedException("The webhook URL must not have a fragment");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new WebhookUrlRejectedException("The webhook URL has no host");
        }
        if (!allowLocalEndpoints) {
            checkHostWithoutDns(host.toLowerCase(Locale.ROOT));
        }
        return uri;
    }

    /** Rejects a resolved address that may not receive deliveries. */
    public void checkResolved(String host, InetAddress[] addresses) {
        if (allowLocalEndpoints) {
            return;
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                throw new WebhookUrlRejectedException("The webhook host " + host + " resolves to an internal address");
            }
        }
    }

    private static void checkHostWithoutDns(String host) {
        boolean singleLabel = !host.contains(".") && !host.startsWith("[");
        if (host.equals("localhost")
                || host.endsWith(".localhost")
                || host.endsWith(".local")
                || host.endsWith(".internal")
                || host.endsWith(".lan")
                || singleLabel) {
            throw new WebhookUrlRejectedException("The webhook host " + host + " is not a public name");
        }
        boolean literal = host.startsWith("[") || IPV4_LITERAL.matcher(host).matches();
        if (literal) {
            String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            try {
                if (isInternal(InetAddress.getByName(bare))) {
                    throw new WebhookUrlRejectedException("The webhook address " + host + " is not public");
                }
            } catch (UnknownHostException e) {
                throw new WebhookUrlRejectedException("The webhook address " + host + " is not valid");
            }
        }
    }

    /** Loopback, private (RFC 1918, unique local fc00::/7), link-local, any-local, multicast, CGNAT 100.64/10. */
    public static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isSiteLocalAddress()
                || address.isLinkLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 16) {
            return (bytes[0] & 0xfe) == 0xfc;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || first == 100 && second >= 64 && second <= 127 || first == 169 && second == 254;
    }
}
