package org.casebridge.platform.portal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The answers on a portal page and what is wrong with them, in the order the fields appear, for the error summary
 * (each message links to its field) and for the field-level messages. Values are kept as the user typed them, so a
 * page shown again with errors keeps every answer.
 */
public final class PortalForm {

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    public static PortalForm of(Map<String, List<String>> values) {
        PortalForm form = new PortalForm();
        values.forEach((name, list) -> form.values.put(name, new ArrayList<>(list)));
        return form;
    }

    public static PortalForm of(MultiValueMap<String, String> submitted) {
        PortalForm form = new PortalForm();
        submitted.forEach((name, list) -> {
            if (!"_csrf".equals(name)) {
                form.values.put(name, new ArrayList<>(list));
            }
        });
        return form;
    }

    /** The first value of a field, or "" when it has none. */
    public String value(String field) {
        List<String> list = values.get(field);
        return list == null || list.isEmpty() || list.get(0) == null ? "" : list.get(0);
    }

    /** The value, trimmed, or null when blank. */
    public @Nullable String text(String field) {
        String value = value(field).strip();
        return value.isEmpty() ? null : value;
    }

    /**
     * The non-blank values of a field: the options chosen in a checkbox group. The autosave script sends an unticked
     * group as one empty value so that the draft forgets old ticks; that empty value is not an answer.
     */
    public List<String> values(String field) {
        return values.getOrDefault(field, List.of()).stream()
                .filter(value -> value != null && !value.isBlank())
                .toList();
    }

    /** Whether a radio or checkbox option was chosen. */
    public boolean has(String field, String option) {
        return values(field).contains(option);
    }

    public PortalForm set(String field, @Nullable String value) {
        values.put(field, value == null ? new ArrayList<>() : new ArrayList<>(List.of(value)));
        return this;
    }

    public PortalForm set(String field, List<String> chosen) {
        values.put(field, new ArrayList<>(chosen));
        return this;
    }

    /** Records an error against a field; the first error of a field wins. */
    public PortalForm reject(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    /** A required field: rejects it with the message when it is blank. */
    public @Nullable String required(String field, String message) {
        String text = text(field);
        if (text == null) {
            reject(field, message);
        }
        return text;
    }

    /** A field no longer than {@code max} characters. */
    public @Nullable String limited(String field, int max, String message) {
        String text = text(field);
        if (text != null && text.length() > max) {
            reject(field, message);
        }
        return text;
    }

    /**
     * A required radio group of an enum's values: the value chosen, or null after rejecting the field with the
     * message when none or an unknown one was chosen.
     */
    public <E extends Enum<E>> @Nullable E choice(String field, Class<E> type, String message) {
        E chosen = optionalChoice(field, type, message);
        if (chosen == null) {
            reject(field, message);
        }
        return chosen;
    }

    /** An optional radio group: null when none was chosen; rejected with the message when an unknown one was. */
    public <E extends Enum<E>> @Nullable E optionalChoice(String field, Class<E> type, String message) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        E chosen = PortalOption.choice(type, value, null);
        if (chosen == null) {
            reject(field, message);
        }
        return chosen;
    }

    /** A checkbox group of an enum's values of which at least one is ticked; rejects none and unknown ones. */
    public <E extends Enum<E>> Set<E> choices(String field, Class<E> type, String message) {
        Set<E> chosen = optionalChoices(field, type, message);
        if (chosen.isEmpty()) {
            reject(field, message);
        }
        return chosen;
    }

    /** A checkbox group that may be left empty; rejects unknown values. */
    public <E extends Enum<E>> Set<E> optionalChoices(String field, Class<E> type, String message) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (String value : values(field)) {
            E option = PortalOption.choice(type, value, null);
            if (option == null) {
                reject(field, message);
            } else {
                chosen.add(option);
            }
        }
        return chosen;
    }

    /**
     * A required yes/no question ({@link PortalOption#YES_NO}): empty after rejecting the field when it is not
     * answered, or answered with anything but yes or no.
     */
    public Optional<Boolean> yesNo(String field, String message) {
        String value = required(field, message);
        if ("yes".equals(value)) {
            return Optional.of(true);
        }
        if ("no".equals(value)) {
            return Optional.of(false);
        }
        if (value != null) {
            reject(field, message);
        }
        return Optional.empty();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public @Nullable String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public Map<String, String> errors() {
        return errors;
    }

    public Map<String, List<String>> values() {
        return values;
    }
}
