package org.casebridge.platform.portal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the layout shows on every page: the service, its navigation (with the current link marked), and who is
 * signed in.
 */
public record PortalModel(
        String serviceName,
        String home,
        List<NavigationLink> navigation,
        @Nullable String userName,
        @Nullable String roleLabel,
        @Nullable String organisation,
        String exitUrl,
        boolean signedIn) {

    public record NavigationLink(String text, String href, boolean current) {}

    static String roleLabel(String role) {
        return switch (role) {
            case "SCHOOL_DSL" -> "Designated safeguarding lead";
            case "POLICE_LIAISON" -> "Police liaison officer";
            case "POLICE_SUPERVISOR" -> "Police supervisor";
            case "AGENCY" -> "Agency";
            case "AUDITOR" -> "Auditor";
            case "PARTNERSHIP" -> "Safeguarding children partnership";
            case "OPERATOR" -> "Operator";
            default -> role;
        };
    }
}
