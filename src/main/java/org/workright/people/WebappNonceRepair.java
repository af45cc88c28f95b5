package org.workright.people;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Works around a Camunda 7.24 race: the webapps keep the CSP nonce of the response being built in a
 * ServletContext attribute, so when two people open Tasklist at once a page can carry another
 * request's nonce, its scripts are blocked and it stays blank. For the app pages (the only
 * responses with nonced scripts), the header is made to name the nonce the page actually uses.
 */
@Configuration
class WebappNonceRepair {

    private static final String CSP = "Content-Security-Policy";
    private static final Pattern PAGE_NONCE = Pattern.compile("nonce=\"([A-Za-z0-9+/=_-]+)\"");
    private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-[^']*'");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> webappNonceRepairFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        registration.addUrlPatterns("/camunda/app/*");
        // outside Camunda's own filters, so the page it templated is complete when this runs
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static String repaired(String header, String page) {
        Matcher used = PAGE_NONCE.matcher(page);
        if (header == null || !used.find()) {
            return header;
        }
        return HEADER_NONCE.matcher(header).replaceAll(Matcher.quoteReplacement("'nonce-" + used.group(1) + "'"));
    }

    private static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!"GET".equals(request.getMethod()) || !request.getRequestURI().endsWith("/")) {
                chain.doFilter(request, response);  // assets and API calls carry no nonced scripts
                return;
            }
            ContentCachingResponseWrapper page = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, page);
            String html = new String(page.getContentAsByteArray(), StandardCharsets.UTF_8);
            String header = response.getHeader(CSP);
            if (header != null && !response.isCommitted()) {
                response.setHeader(CSP, repaired(header, html));
            }
            page.copyBodyToResponse();
        }
    }
}
