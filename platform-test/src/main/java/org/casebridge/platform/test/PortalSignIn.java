package org.casebridge.platform.test;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/**
 * A portal user signed in for a MockMvc request, with the ID token claims the identity provider gives: the subject,
 * {@code role}, {@code org} and a display {@code name}.
 */
public final class PortalSignIn {

    private PortalSignIn() {}

    public static OidcLoginRequestPostProcessor as(String id, String role, String organisation, String name) {
        return oidcLogin()
                .idToken(token -> token.subject(id)
                        .claim("role", role)
                        .claim("org", organisation)
                        .claim("name", name));
    }
}
