package org.casebridge.platform.portal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The words a person reads for a service's codes, looked up the same way in every service (ADR 0026, "Where the words
 * live"; ADR 0049): in the service's tables, in their order; a code without words reads as a sentence of its own,
 * "SOME_CODE" as "Some code", and no code as nothing. Each service keeps its own words.
 */
public final class CodeWordTable {

    private final List<Map<String, String>> tables;

    private CodeWordTable(List<Map<String, String>> tables) {
        this.tables = tables;
    }

    /** The words of these tables; a code in more than one reads as the first says it. */
    @SafeVarargs
    public static CodeWordTable from(Map<String, String>... tables) {
        return new CodeWordTable(List.of(tables));
    }

    /** The words for a code; empty for none. */
    public String of(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        for (Map<String, String> table : tables) {
            String words = table.get(code);
            if (words != null) {
                return words;
            }
        }
        String spaced = code.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** The words for an enum constant or a code; empty for null. */
    public String of(@Nullable Object code) {
        return code instanceof Enum<?> constant ? of(constant.name()) : of(Objects.toString(code, null));
    }
}
