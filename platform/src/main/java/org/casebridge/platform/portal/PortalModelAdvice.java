package org.casebridge.platform.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.actor.ActorClaims;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the layout's {@link PortalModel} in the model of every portal page; the signed-in user's organisation by its name
 * where the service declares {@link OrganisationNames}.
 */
@ControllerAdvice(annotations = PortalController.class)
public class PortalModelAdvice {

    private final PortalProperties properties;
    private final ObjectProvider<PortalNavigation> navigation;
    private final ObjectProvider<OrganisationNames> organisationNames;
    private final ActorClaims claims;

    public PortalModelAdvice(
            PortalProperties properties,
            ObjectProvider<PortalNavigation> navigation,
            ObjectProvider<OrganisationNames> organisationNames,
            ActorClaims claims) {
        this.properties = properties;
        this.navigation = navigation;
        this.organisationNames = organisationNames;
        this.claims = claims;
    }

    @ModelAttribute("portal")
    public PortalModel portal(HttpServletRequest request) {
        PortalNavigation nav = navigation.getIfAvailable(() -> new PortalNavigation("/portal", List.of()));
        String path = request.getRequestURI();
        String signedIn = null;
        String role = null;
        String organisation = null;
        String actorRole = null;
        if (SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof OidcUser user) {
            Actor actor = claims.actor(user);
            String name = user.getClaimAsString("name");
            signedIn = name == null || name.isBlank() ? actor.id() : name;
            actorRole = actor.role().name();
            role = PortalModel.roleLabel(actorRole);
            organisation = nameOf(actor.organisation());
        }
        String roleName = actorRole;
        List<PortalModel.NavigationLink> links = signedIn == null
                ? List.of()
                : nav.links().stream()
                        .filter(link -> link.shownTo(roleName))
                        .map(link -> new PortalModel.NavigationLink(
                                link.text(),
                                link.href(),
                                path.equals(link.prefix()) || path.startsWith(link.prefix() + "/")))
                        .toList();
        return new PortalModel(
                properties.serviceName(),
                nav.home(),
                links,
                signedIn,
                role,
                organisation,
                properties.exitUrl(),
                signedIn != null);
    }

    /** The organisation's name where the service knows it, else its code. */
    private String nameOf(String organisation) {
        OrganisationNames names = organisationNames.getIfAvailable();
        if (names == null) {
            return organisation;
        }
        return names.nameOf(organisation).orElse(organisation);
    }
}
