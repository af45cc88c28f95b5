package org.workright.people;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.workright.system.ProblemResponses;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * No change to our API or the engine's from another site's page. The API is stateless with HTTP
 * Basic, but a browser that was once asked for Basic credentials sends them again with any request
 * to this host, also one a foreign page makes (a multipart form needs no preflight), and SameSite
 * does not cover them. A browser says where a request comes from (Sec-Fetch-Site, Origin):
 * cross-site changes are refused, 403; clients that are not browsers send neither and are unaffected.
 */
@Configuration(proxyBeanMethods = false)
class CrossSiteRequests {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> crossSiteChanges() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!SAFE.contains(request.getMethod()) && fromAnotherSite(request)) {
                    ProblemResponses.write(response, HttpStatus.FORBIDDEN, "不接受来自其他网站的请求", request);
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/api/*", "/engine-rest/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            return false;
        }
        String host = request.getHeader("Host");
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getHost() == null || host == null || uri.getRawUserInfo() != null) {
                return true; // "null" (a sandboxed or opaque origin), garbage, or no Host to compare with
            }
            return !authority(uri.getScheme(), uri.getHost(), uri.getPort()).equals(hostAuthority(host, request.getScheme()));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** host:port in lower case, the port written out (80 for http, 443 for https). */
    private static String authority(String scheme, String host, int port) {
        int p = port >= 0 ? port : "https".equalsIgnoreCase(scheme) ? 443 : 80;
        return host.toLowerCase(Locale.ROOT) + ":" + p;
    }

    /** The Host header's authority, as the client addressed us (behind a proxy: its scheme, see the tls profile). */
    private static String hostAuthority(String host, String scheme) {
        URI uri = URI.create(scheme + "://" + host.strip());
        return authority(scheme, uri.getHost() == null ? host.strip() : uri.getHost(), uri.getPort());
    }
}
