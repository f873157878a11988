package org.casebridge.platform.portal;

import java.util.List;
import org.casebridge.platform.problem.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages every portal has whatever its service: the entry point, signed out, and the neutral page "Hide this
 * page" leads to.
 */
@PortalController
public class PortalPagesController {

    private final ObjectProvider<PortalNavigation> navigation;

    public PortalPagesController(ObjectProvider<PortalNavigation> navigation) {
        this.navigation = navigation;
    }

    /** Signing in lands here; the service's own home page takes over. */
    @GetMapping("/portal")
    public String home() {
        String home = navigation
                .getIfAvailable(() -> new PortalNavigation("/portal", List.of()))
                .home();
        if (home.equals("/portal")) {
            throw NotFoundException.none("portal home page");
        }
        return "redirect:" + home;
    }

    @GetMapping("/portal/signed-out")
    public String signedOut() {
        return "portal/signed-out";
    }

    @GetMapping("/portal/hidden")
    public String hidden() {
        return "portal/hidden";
    }
}
