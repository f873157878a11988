package org.casebridge.platform.portal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebridge.platform.actor.Actor;

/**
 * A form whose answers may be saved as a draft: the pattern of its draft keys and the roles that fill it in. A draft
 * is only saved under a key some form of the service declares, by a user whose role fills that form in, so the
 * draft table holds only what the service's own pages ask for. A key pattern may name the case it belongs to in a
 * group {@code case} (see {@link #CASE}); that case's drafts are then deleted with its personal details.
 *
 * @param key   the whole key, e.g. {@code Pattern.compile("parents-" + DraftForm.CASE)}
 * @param roles the roles whose users fill the form in
 */
public record DraftForm(Pattern key, Set<Actor.Role> roles) {

    /** A lower-case UUID, as every id in a portal address is written. */
    public static final String UUID_PATTERN = "[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}";

    /** The case a draft belongs to, as a group of a key pattern. */
    public static final String CASE = "(?<case>" + UUID_PATTERN + ")";

    public DraftForm {
        roles = Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A draft form is filled in by at least one role");
        }
    }

    public static DraftForm of(String keyPattern, Actor.Role first, Actor.Role... more) {
        return new DraftForm(Pattern.compile(keyPattern), EnumSet.of(first, more));
    }

    /** The case named by the key, when this form's key names one; empty when the key is not this form's. */
    Optional<UUID> caseOf(String draftKey) {
        Matcher matcher = key.matcher(draftKey);
        if (!matcher.matches() || !key.pattern().contains("(?<case>")) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(matcher.group("case")));
    }

    boolean matches(String draftKey) {
        return key.matcher(draftKey).matches();
    }
}
