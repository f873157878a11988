package org.casebridge.police.reference;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A police force and the format of its crime references.
 *
 * @param code                  the force code used across Casebridge, for example {@code WMP}
 * @param name                  the force's name
 * @param crimeReferencePattern a regular expression every crime reference of the force matches in full
 * @param crimeReferenceExample an example reference, shown when one does not match
 */
public record Force(String code, String name, Pattern crimeReferencePattern, String crimeReferenceExample) {

    public Force {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(crimeReferencePattern, "crimeReferencePattern");
        if (crimeReferenceExample != null
                && !crimeReferencePattern.matcher(crimeReferenceExample).matches()) {
            throw new IllegalArgumentException("The example crime reference of " + code + " does not match its format");
        }
    }

    public static Force of(String code, String name, String crimeReferenceRegex, String crimeReferenceExample) {
        return new Force(code, name, Pattern.compile(crimeReferenceRegex), crimeReferenceExample);
    }

    public boolean accepts(String crimeReference) {
        return crimeReferencePattern.matcher(crimeReference).matches();
    }
}
