package org.casebridge.police.shared;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Query-string options such as {@code status=overdue}: any case accepted, anything else a 400 naming the choices. */
public final class ListOptions {

    private ListOptions() {}

    public static <E extends Enum<E>> E option(Class<E> type, String parameter, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    parameter + " must be one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(c -> c.name().toLowerCase(Locale.ROOT))
                                    .toList());
        }
    }
}
