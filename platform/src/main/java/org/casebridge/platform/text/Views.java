package org.casebridge.platform.text;

import org.casebridge.platform.text.EmbeddedContent.View;
import org.jspecify.annotations.Nullable;

/** The text with one layer of wrapping undone: JSON/HTML escapes, or percent-encoding. */
final class Views {

    private static final String[][] ENTITIES = {
        {"amp", "&"},
        {"lt", "<"},
        {"gt", ">"},
        {"quot", "\""},
        {"apos", "'"},
        {"sol", "/"},
        {"plus", "+"},
        {"equals", "="},
        {"colon", ":"},
        {"semi", ";"},
        {"comma", ","},
        {"period", "."},
        {"bsol", "\\"},
        {"percnt", "%"},
        {"num", "#"}
    };

    private Views() {}

    /** JSON and HTML escapes undone ({@code \u0041}, {@code \x41}, {@code \/}, {@code &#65;}, {@code &amp;}), or null. */
    static @Nullable View unescaped(View view) {
        int[] in = view.units();
        int length = view.length();
        int[] out = null;
        int o = 0;
        for (int i = 0; i < length; i++) {
            int u = in[i];
            int value = -1;
            int consumed = 0;
            if (u == '\\' && i + 1 < length) {
                int next = in[i + 1];
                if (next == 'u' && hexAt(in, i + 2, 4, length) >= 0) {
                    value = hexAt(in, i + 2, 4, length);
                    consumed = 6;
                } else if ((next == 'x' || next == 'X') && hexAt(in, i + 2, 2, length) >= 0) {
                    value = hexAt(in, i + 2, 2, length);
                    consumed = 4;
                } else if (next == '/' || next == '\\' || next == '"' || next == '\'') {
                    value = next;
                    consumed = 2;
                } else if (next == 'n' || next == 'r' || next == 't' || next == 'b' || next == 'f') {
                    value = switch (next) {
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 't' -> '\t';
                        case 'b' -> '\b';
                        default -> '\f';
                    };
                    consumed = 2;
                }
            } else if (u == '&' && i + 2 < length) {
                long entity = entity(in, i, length);
                if (entity >= 0) {
                    value = (int) (entity >>> 8);
                    consumed = (int) (entity & 0xFF);
                }
            }
            if (consumed > 0) {
                if (out == null) {
                    out = new int[length];
                    System.arraycopy(in, 0, out, 0, i);
                    o = i;
                }
                out[o++] = view.bytes() && value >= 0x80 ? EmbeddedContent.TEXT_MARK : value;
                i += consumed - 1;
            } else if (out != null) {
                out[o++] = u;
            }
        }
        return out == null ? null : new View(out, o, view.bytes(), label("JSON or HTML escapes", view));
    }

    /** Percent-encoding undone, as bytes (other non-ASCII characters stay characters), or null. */
    static @Nullable View percentDecoded(View view) {
        int[] in = view.units();
        int length = view.length();
        boolean any = false;
        for (int i = 0; i + 2 < length && !any; i++) {
            any = in[i] == '%' && hexAt(in, i + 1, 2, length) >= 0;
        }
        if (!any) {
            return null;
        }
        int[] out = new int[length];
        int o = 0;
        for (int i = 0; i < length; i++) {
            int u = in[i];
            int hex = u == '%' ? hexAt(in, i + 1, 2, length) : -1;
            if (hex >= 0) {
                out[o++] = hex;
                i += 2;
            } else {
                out[o++] = u >= 0x80 && !view.bytes() ? EmbeddedContent.TEXT_MARK : u;
            }
        }
        return new View(out, o, true, label("percent-encoding", view));
    }

    private static String label(String layer, View inside) {
        return inside.label().isEmpty() ? layer : layer + " inside " + inside.label();
    }

    /** The value of {@code digits} hex digits at {@code at}, or -1. */
    static int hexAt(int[] in, int at, int digits, int length) {
        if (at + digits > length) {
            return -1;
        }
        int value = 0;
        for (int k = 0; k < digits; k++) {
            int d = hexDigit(in[at + k]);
            if (d < 0) {
                return -1;
            }
            value = value << 4 | d;
        }
        return value;
    }

    static int hexDigit(int u) {
        if (u >= '0' && u <= '9') {
            return u - '0';
        }
        if (u >= 'a' && u <= 'f') {
            return u - 'a' + 10;
        }
        if (u >= 'A' && u <= 'F') {
            return u - 'A' + 10;
        }
        return -1;
    }

    /** A character reference at {@code at}: (value << 8) | length consumed, or -1. */
    private static long entity(int[] in, int at, int length) {
        int i = at + 1;
        if (in[i] == '#') {
            i++;
            boolean hex = i < length && (in[i] == 'x' || in[i] == 'X');
            if (hex) {
                i++;
            }
            long value = 0;
            int digits = 0;
            while (i < length && digits < 7) {
                int d = hex ? hexDigit(in[i]) : in[i] >= '0' && in[i] <= '9' ? in[i] - '0' : -1;
                if (d < 0) {
                    break;
                }
                value = value * (hex ? 16 : 10) + d;
                digits++;
                i++;
            }
            if (digits == 0 || value > 0xFFFF) {
                return -1;
            }
            if (i < length && in[i] == ';') {
                i++;
            }
            return value << 8 | (i - at);
        }
        for (String[] entity : ENTITIES) {
            String name = entity[0];
            int end = i + name.length();
            if (end < length && in[end] == ';' && matches(in, i, name)) {
                return (long) entity[1].charAt(0) << 8 | (end + 1 - at);
            }
        }
        return -1;
    }

    private static boolean matches(int[] in, int at, String name) {
        for (int k = 0; k < name.length(); k++) {
            if (in[at + k] != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
