package org.workright.people;

import java.io.IOException;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Lets a browser logged in to the Camunda webapps read our API with that login, so task forms can
 * link to the letter a task is about (the 意见书 to serve, the 建议书 to answer). A session cookie is
 * sent on cross-site requests too, so on its own it authorises reads (GET) only; a change (an
 * enterprise uploading its filing's documents from our page) also needs the session's CSRF token
 * in the X-XSRF-TOKEN header, as the webapps themselves require: another site can neither read the
 * token nor set the header.
 */
class WebappSessionAuthentication extends OncePerRequestFilter {

    private static final String ENGINE = "default";

    private final IdentityService identity;

    WebappSessionAuthentication(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && SecurityContextHolder.getContext().getAuthentication() == null
                && ("GET".equals(request.getMethod()) || carriesSessionToken(request, session))) {
            Authentication camunda = AuthenticationUtil.getAuthsFromSession(session)
                    .getAuthenticationForProcessEngine(ENGINE);
            if (camunda instanceof UserAuthentication user) {
                // current memberships, not the session's copy: a removed user or role stops at once
                List<SimpleGrantedAuthority> roles = identity.createGroupQuery().groupMember(user.getIdentityId())
                        .list().stream().map(g -> Roles.authority(g.getId())).map(SimpleGrantedAuthority::new).toList();
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user.getIdentityId(), null, roles));
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean carriesSessionToken(HttpServletRequest request, HttpSession session) {
        Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return expected instanceof String token && sent != null && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
