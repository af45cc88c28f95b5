package org.workright.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The engine's two REST doors (/engine-rest, and /camunda/api that Tasklist uses) answer errors as
 * {@code {type, message, code}} with Java class names, engine codes and, for database failures,
 * the SQL statement. Every such answer leaves here as application/problem+json with a message in
 * Chinese and nothing internal: our own refusals keep their message (and name their field), lost
 * races are 409, and whatever the engine did not explain is logged and answered generically.
 * {@code message} repeats {@code detail} because Tasklist shows that property.
 */
@Configuration(proxyBeanMethods = false)
class EngineProblems {

    private static final Logger log = LoggerFactory.getLogger(EngineProblems.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where our own words begin in a message the engine prefixed ("Cannot submit task form …: “facts”过长"). */
    private static final Pattern OWN_WORDS = Pattern.compile("[\\p{IsHan}“]");
    private static final Pattern FIELD = Pattern.compile("“([A-Za-z_][\\w.\\[\\]]*)”");
    /** The variable a refusal names for its problem's field ({@link UserFacing#naming}), taken out of the text. */
    private static final Pattern MARKED_FIELD = Pattern.compile("\\s*⟦([A-Za-z_][\\w.]*)⟧");
    /** The engine's own codes for a lost race: optimistic locking, deadlock (BuiltinExceptionCode). */
    private static final List<Integer> RACE_CODES = List.of(1, 10_000);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> engineProblemsFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /**
     * Our problem for an engine error answer. Only our own refusals (an application code, see
     * {@link UserFacing}) keep their words; the engine's messages may quote the input and name
     * Java types, so whatever else it says is answered by its status alone.
     */
    static Map<String, Object> translate(int status, JsonNode error) {
        String type = error.path("type").asText("");
        String message = error.path("message").asText("");
        int code = error.path("code").asInt(0);
        int ours = UserFacing.status(code);
        Matcher own = OWN_WORDS.matcher(message);
        if (ours != 0 && own.find()) {
            return problem(ours, message.substring(own.start()));
        }
        if (RACE_CODES.contains(code) || type.equals("OptimisticLockingException")) {
            return problem(409, null);
        }
        if (type.equals("AuthorizationException")) {
            return problem(403, null);
        }
        if (type.equals("NotFoundException") || type.equals("NullValueException")) {
            return problem(404, null);  // an unknown id, typically ("Cannot find task …")
        }
        if (type.equals(RequestSizeLimit.TooLarge.class.getSimpleName())) {
            return problem(413, null);  // a chunked body cut at the request limit (RequestSizeLimit)
        }
        if (type.equals("TaskAlreadyClaimedException")) {
            return problem(409, "该任务已被他人认领");
        }
        if (status >= 500 && (type.equals("NullPointerException") || type.equals("IllegalArgumentException")
                || message.contains("ENGINE-13"))) {
            // the REST layer on a missing body or a parameter of the wrong kind, and the engine's
            // command checks (ENGINE-13…: a call that does not fit the model): the request's fault
            return problem(400, null);
        }
        return problem(status, null);
    }

    /** A problem of the status, in our words or in the status's own. */
    static Map<String, Object> problem(int status, String detail) {
        if (detail == null) {
            detail = ProblemWords.of(status);
        }
        Matcher marked = MARKED_FIELD.matcher(detail);
        String markedField = null;
        if (marked.find()) {
            markedField = marked.group(1);
            detail = marked.replaceAll("");
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", ProblemWords.title(status));
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("message", detail);
        Matcher field = FIELD.matcher(detail);
        if (markedField != null) {
            problem.put("errors", List.of(Map.of("field", markedField, "message", detail)));
        } else if (field.find()) {
            problem.put("errors", List.of(Map.of("field", field.group(1), "message", detail)));
        }
        return problem;
    }

    /**
     * Jersey answers an error without a body by sendError, which commits the response before this
     * filter could say what it means: here it only sets the status.
     */
    private static final class Uncommitted extends ContentCachingResponseWrapper {

        Uncommitted(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) {
            setStatus(status);
        }

        @Override
        public void sendError(int status, String message) {
            setStatus(status);
        }
    }

    private static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            ContentCachingResponseWrapper wrapper = new Uncommitted(response);
            try {
                chain.doFilter(request, wrapper);
            } catch (ServletException | IOException | RuntimeException escaped) {
                // thrown past the engine's own handlers, e.g. Jersey refusing "//engine-rest/task"
                log.warn("{} {} failed", request.getMethod(), request.getRequestURI(), escaped);
                wrapper.resetBuffer();
                wrapper.setStatus(escaped instanceof IllegalArgumentException ? 400 : 500);
                wrapper.setContentType(null);
            }
            rewriteError(request, wrapper);
            wrapper.copyBodyToResponse();
        }

        private static void rewriteError(HttpServletRequest request, ContentCachingResponseWrapper response)
                throws IOException {
            if (response.getStatus() == 401 && request.getAttribute(TooManyAttempts.REQUEST_ATTRIBUTE)
                    instanceof TooManyAttempts throttled) {
                // the webapps' login form, refused by the login throttle
                response.resetBuffer();
                ProblemResponses.tooManyRequests(response, throttled.retryAfter(), throttled.detail(), request);
                return;
            }
            String contentType = response.getContentType();
            if (response.getStatus() < 400
                    || (contentType != null && contentType.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE))) {
                return;
            }
            // the engine's {type, message, code}; anything else (Jackson's text/plain, an empty
            // 401 from the login form, the CSRF filter's 403) is answered by its status
            JsonNode error = null;
            if (contentType != null && contentType.startsWith("application/json")) {
                try {
                    error = JSON.readTree(response.getContentAsByteArray());
                } catch (IOException notJson) {
                    error = null;
                }
            }
            Map<String, Object> problem = error != null && error.isObject()
                    ? translate(response.getStatus(), error) : problem(response.getStatus(), null);
            if ((int) problem.get("status") >= 500) {
                log.error("{} {} failed: {}", request.getMethod(), request.getRequestURI(),
                        error != null ? error : new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
            }
            problem.put("instance", request.getRequestURI());
            response.resetBuffer();
            response.setStatus((int) problem.get("status"));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            JSON.writeValue(response.getOutputStream(), problem);
        }
    }
}
