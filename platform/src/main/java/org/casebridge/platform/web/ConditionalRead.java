package org.casebridge.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * A read that a client repeats to learn what has changed: the entity tag of an answer (RFC 9110 §8.8.3), whether a
 * request's {@code If-None-Match} still holds (§13.1.2, weak comparison), and how long the client would wait for a
 * change ({@code Prefer: wait}, RFC 7240 §4.3). A header that does not parse is ignored, as RFC 7240 asks of a
 * preference: the read is then answered at once.
 */
public final class ConditionalRead {

    private ConditionalRead() {}

    /**
     * A strong tag of an answer built from records: a hash of their text, which names every component. The same rows
     * give the same tag in any process; rows that differ in any field give another.
     */
    public static String tag(Object answer) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(answer.toString().getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether {@code If-None-Match} names the current tag ({@code *} names any): the client already has the answer. */
    public static boolean stillHolds(@Nullable String ifNoneMatch, String currentTag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String current = opaque(currentTag);
        for (String candidate : ifNoneMatch.split(",", 64)) {
            String tag = candidate.strip();
            if (tag.equals("*") || opaque(tag).equals(current)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The wait a {@code Prefer} header asks for, at most {@code most}; zero when it asks for none or does not parse.
     * Several preferences may be given in one header, separated by commas ({@code respond-async, wait=10}).
     */
    public static Duration preferredWait(@Nullable String prefer, Duration most) {
        if (prefer == null) {
            return Duration.ZERO;
        }
        for (String preference : prefer.split(",", 16)) {
            String[] nameAndValue = preference.split(";", 2)[0].split("=", 2);
            if (nameAndValue.length == 2 && nameAndValue[0].strip().equalsIgnoreCase("wait")) {
                String seconds = nameAndValue[1].strip();
                if (seconds.isEmpty()
                        || seconds.length() > 6
                        || !seconds.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    return Duration.ZERO;
                }
                Duration asked = Duration.ofSeconds(Long.parseLong(seconds));
                return asked.compareTo(most) > 0 ? most : asked;
            }
        }
        return Duration.ZERO;
    }

    /** The {@code Preference-Applied} value for a wait that was honoured. */
    public static String waitApplied(Duration wait) {
        return "wait=" + wait.toSeconds();
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
