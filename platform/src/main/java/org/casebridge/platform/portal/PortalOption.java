package org.casebridge.platform.portal;

/**
 * One radio or checkbox option.
 *
 * @param value what the form submits
 * @param text  the label the user reads
 * @param hint  an optional hint under the label, or null
 */
public record PortalOption(String value, String text, String hint) {

    public PortalOption(String value, String text) {
        this(value, text, null);
    }
}
