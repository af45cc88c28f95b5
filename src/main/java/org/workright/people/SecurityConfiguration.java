package org.workright.people;

import java.io.IOException;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.RequestContextFilter;
import org.workright.casework.CaseworkProcesses;
import org.workright.system.ProblemResponses;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may call what. Three doors: the engine's REST API and ours (HTTP Basic against Camunda's
 * identity store, staff only), the Camunda webapps (which run their own login and CSRF
 * protection), and the public pages (application, status check, letter verification).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] STAFF = Roles.STAFF.toArray(String[]::new);
    private static final String[] STAFF_AND_ENTERPRISE = Roles.all().toArray(String[]::new);

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, IdentityService identityService) throws Exception {
        return stateless(http.securityMatcher(path("/engine-rest/**")))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(STAFF))
                .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, IdentityService identityService) throws Exception {
        return stateless(http.securityMatcher(new OrRequestMatcher(
                path("/api/**"), path("/v3/api-docs/**"), path("/swagger-ui/**"), path("/swagger-ui.html"))))
                .addFilterAfter(new WebappSessionAuthentication(identityService), BasicAuthenticationFilter.class)
                // the webapp session is only read here: rotating its id would log Tasklist out of step
                .sessionManagement(s -> s.sessionFixation(f -> f.none()))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/api/public/**")).permitAll()
                        .requestMatchers(path("/api/enterprise/**")).hasRole(Roles.ENTERPRISE)
                        // what a step just led to: for whoever took it, enterprise representatives too
                        .requestMatchers(path("/api/workspace/outcome")).authenticated()
                        // the Tasklist login's CSRF token, for our pages that post with that login
                        .requestMatchers(path("/api/session/token")).authenticated()
                        // what each process opens to enterprises: their own cases' pages and documents
                        .requestMatchers(enterpriseApi()).hasAnyRole(STAFF_AND_ENTERPRISE)
                        .anyRequest().hasAnyRole(STAFF))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webapps(HttpSecurity http) throws Exception {
        // The webapps authenticate against the same identity store and enforce Camunda authorizations.
        return http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(auth -> auth
                        // Camunda Admin's first-run setup creates an administrator for anyone whenever the
                        // camunda-admin group has no direct members (CVE-2026-77226); AdminBootstrap makes
                        // the first one, so the setup is closed for good, whatever the group holds
                        .requestMatchers(path("/camunda/api/admin/setup/**"), path("/camunda/app/admin/*/setup/**"))
                        .denyAll()
                        .anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .build();
    }

    /**
     * A URL the firewall refuses (a doubled slash, an encoded one, "..") is a 400 in our words, not
     * the 500 of an unhandled RequestRejectedException.
     */
    @Bean
    RequestRejectedHandler requestRejected() {
        return (request, response, rejected) -> ProblemResponses.write(response, HttpStatus.BAD_REQUEST, "请求地址无效",
                request);
    }

    /**
     * Every request's attributes on its thread, whichever servlet serves it (our API, the engine's
     * REST API, the webapps), so a password check can tell which client asked (LoginThrottle).
     */
    @Bean
    FilterRegistrationBean<RequestContextFilter> clientAddressContext() {
        FilterRegistrationBean<RequestContextFilter> registration = new FilterRegistrationBean<>(new RequestContextFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * The webapps' engine API serves logged-in sessions only: a request without any session is
     * answered 401 here, before Camunda's CSRF filter would open a session for it.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> webappApiNeedsASession() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (request.getSession(false) == null) {
                    ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "需要登录", request);
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/camunda/api/engine/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }

    /** The public pages load only their own scripts and styles, and tell other sites nothing of the way in. */
    static final String PAGES_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    @Bean
    @Order(4)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http
                // an anonymous request to a protected path is answered, not remembered in a new session
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(PAGES_POLICY))
                        .referrerPolicy(r -> r.policy(
                                ReferrerPolicy.SAME_ORIGIN)))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(Stream.of("/", "/index.html", "/apply.html", "/status.html", "/verify.html",
                                "/style.css", "/js/**", "/favicon.ico", "/error",
                                // the workspace's pages hold no data: what they show comes from the
                                // staff API, under the Tasklist login
                                "/workspace/**")
                                .map(SecurityConfiguration::path).toArray(RequestMatcher[]::new)).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(ProblemResponses::unauthorizedWithoutChallenge))
                .exceptionHandling(e -> e.authenticationEntryPoint(ProblemResponses::unauthorizedWithoutChallenge))
                .build();
    }

    /** The paths every process opens to its enterprises' representatives. */
    private static RequestMatcher enterpriseApi() {
        return new OrRequestMatcher(CaseworkProcesses.all().stream().flatMap(p -> p.enterpriseApi().stream())
                .map(SecurityConfiguration::path).toList());
    }

    /**
     * Plain path matchers: the engine REST API and the webapps are not served by Spring MVC's
     * DispatcherServlet, so MVC-aware matchers would silently miss them.
     */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(c -> c.disable())
                .headers(h -> h.referrerPolicy(r -> r.policy(
                        ReferrerPolicy.NO_REFERRER)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.authenticationEntryPoint(ProblemResponses::unauthorized))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(ProblemResponses::unauthorized)
                        .accessDeniedHandler(ProblemResponses::forbidden));
    }
}
