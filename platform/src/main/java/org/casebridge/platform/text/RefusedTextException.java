package org.casebridge.platform.text;

import org.jspecify.annotations.Nullable;

/**
 * A string that Casebridge does not accept, with the field that held it and why. The message never quotes the text:
 * it may hold personal data or the very content that is refused.
 */
public class RefusedTextException extends RuntimeException {

    /** Why a string is refused, with the HTTP status and problem type the web edge answers with. */
    public enum Reason {
        CONTROL_CHARACTER(
                400, "invalid-request", "holds a control character (such as NUL) that text may not contain; retype it"),
        UNPAIRED_SURROGATE(400, "invalid-request", "holds a broken character (an unpaired surrogate); retype it"),
        EMBEDDED_DATA(
                422,
                "embedded-data-not-accepted",
                "holds an image or file written as text; describe the imagery in words and categories instead");

        private final int status;
        private final String problemType;
        private final String message;

        Reason(int status, String problemType, String message) {
            this.status = status;
            this.problemType = problemType;
            this.message = message;
        }

        public int status() {
            return status;
        }

        public String problemType() {
            return problemType;
        }

        /** What is wrong, to follow the field's name. */
        public String message() {
            return message;
        }
    }

    private final String field;
    private final Reason reason;
    private final @Nullable String what;

    /**
     * @param what what was found, in words that never quote the text (for example "a JPEG image in base64"), or null
     */
    public RefusedTextException(String field, Reason reason, @Nullable String what) {
        super("The field " + field + " " + reason.message() + (what == null ? "" : " (" + what + ")") + ".");
        this.field = field;
        this.reason = reason;
        this.what = what;
    }

    public String field() {
        return field;
    }

    public Reason reason() {
        return reason;
    }

    /** The same refusal for the field under a fuller name, such as its path in a JSON body. */
    public RefusedTextException inField(String name) {
        return new RefusedTextException(name, reason, what);
    }
}
