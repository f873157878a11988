package org.casebridge.platform.portal;

import java.util.List;

/**
 * The forms of one portal whose answers are saved as drafts. Each service declares one bean of this type listing
 * every draft key its pages and their autosave use; {@link PortalDrafts} refuses any other key.
 */
public record DraftForms(List<DraftForm> forms) {

    public DraftForms {
        forms = List.copyOf(forms);
    }

    public static DraftForms of(DraftForm... forms) {
        return new DraftForms(List.of(forms));
    }
}
