package org.casebridge.platform.problem;

import java.util.regex.Pattern;

/**
 * A record the caller asked for does not exist, or is outside what they may see: the answer is the same.
 *
 * <p>The id often comes straight from the request (a path variable typed as text), so the detail names it only when it
 * has the shape of an id Casebridge itself hands out (letters, digits and {@code - _ . : /}, at most 64 characters);
 * anything else is left out rather than repeated to the caller, as a bad parameter's value is (ADR 0090).
 */
public class NotFoundException extends RuntimeException {

    private static final Pattern SHOWN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");

    private final String detail;

    public NotFoundException(String what, String id) {
        this(what, id, "");
    }

    /**
     * For a more particular answer: {@code qualifier} follows the id (or "with that id") before "was found"; it is
     * the subclass's own words and values the service itself wrote (an instant it parsed), never text from the caller.
     */
    protected NotFoundException(String what, String id, String qualifier) {
        this((id != null && SHOWN_ID.matcher(id).matches() ? "No " + what + " " + id : "No " + what + " with that id")
                + qualifier
                + " was found.");
    }

    /** No record of this kind, where no id was asked for (a list, a page): "No {@code what} was found." */
    public static NotFoundException none(String what) {
        return new NotFoundException("No " + what + " was found.");
    }

    private NotFoundException(String detail) {
        super(detail);
        this.detail = detail;
    }

    /** The sentence the problem's detail carries; never null, unlike a plain exception's message. */
    @Override
    public String getMessage() {
        return detail;
    }
}
