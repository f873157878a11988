package org.casebridge.platform.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Withholds third parties from the text of one disclosure and keeps the list of what it withheld. Each
 * {@link Term} is a piece of text (a name, a date of birth, a phrase the reviewer chose) matched as whole words,
 * without regard to case; the longest terms are tried first, so a full name is withheld as one before its given
 * name alone. A redactor is used for one disclosure by one thread.
 */
public final class Redactor {

    /** Shortest term matched: a one-letter "term" would withhold every initial. */
    public static final int MIN_TERM_LENGTH = 2;

    /**
     * Something to withhold wherever it appears.
     *
     * @param text        the text to find (whole words, any case)
     * @param kind        what it is, in words
     * @param replacement what is shown instead
     * @param reason      why, naming the law
     */
    public record Term(String text, String kind, String replacement, String reason) {}

    private record Compiled(Term term, Pattern pattern) {}

    private final List<Compiled> terms;
    private final List<Redaction> redactions = new ArrayList<>();

    public Redactor(List<Term> terms) {
        this.terms = terms.stream()
                .filter(term -> term.text().strip().length() >= MIN_TERM_LENGTH)
                .sorted(Comparator.comparingInt(
                                (Term term) -> term.text().strip().length())
                        .reversed())
                .map(term -> new Compiled(term, wholeWords(term.text().strip())))
                .toList();
    }

    /** The text with every term withheld, each withholding listed against {@code where}; null stays null. */
    public @Nullable String redact(String where, @Nullable String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (Compiled compiled : terms) {
            Matcher matcher = compiled.pattern().matcher(result);
            int count = 0;
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                count++;
                matcher.appendReplacement(
                        out, Matcher.quoteReplacement(compiled.term().replacement()));
            }
            if (count > 0) {
                matcher.appendTail(out);
                result = out.toString();
                Term term = compiled.term();
                record(where, term.kind(), term.replacement(), term.reason(), count);
            }
        }
        return result;
    }

    /**
     * Withholds a whole item (a person's name in a field of its own, another child's device) and answers the
     * replacement to show.
     */
    public String withhold(String where, String kind, String replacement, String reason) {
        record(where, kind, replacement, reason, 1);
        return replacement;
    }

    /** What was withheld, in the order it was met, one entry per place, kind and replacement. */
    public List<Redaction> redactions() {
        return List.copyOf(redactions);
    }

    private void record(String where, String kind, String replacement, String reason, int count) {
        for (int i = 0; i < redactions.size(); i++) {
            Redaction seen = redactions.get(i);
            if (seen.where().equals(where)
                    && seen.kind().equals(kind)
                    && seen.replacement().equals(replacement)) {
                redactions.set(
                        i, new Redaction(seen.number(), where, kind, replacement, reason, seen.occurrences() + count));
                return;
            }
        }
        redactions.add(new Redaction(redactions.size() + 1, where, kind, replacement, reason, count));
    }

    private static Pattern wholeWords(String text) {
        String words = Pattern.quote(text).replace(" ", "\\E\\s+\\Q");
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + words + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
