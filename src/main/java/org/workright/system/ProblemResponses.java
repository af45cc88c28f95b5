package org.workright.system;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Security failures as application/problem+json, like every other error of our API. */
public final class ProblemResponses {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    public static void unauthorized(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException {
        if (e instanceof TooManyAttempts throttled) {
            tooManyRequests(response, throttled.retryAfter(), throttled.detail(), request);
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"WorkRight\", charset=\"UTF-8\"");
        write(response, HttpStatus.UNAUTHORIZED, "需要登录", request);
    }

    /**
     * 401 without a Basic challenge, for paths browsers load by themselves (Tasklist probes
     * /camunda-welcome): a challenge there pops up the browser's own login dialog.
     */
    public static void unauthorizedWithoutChallenge(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException {
        write(response, HttpStatus.UNAUTHORIZED, "需要登录", request);
    }

    public static void forbidden(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException e) throws IOException {
        write(response, HttpStatus.FORBIDDEN, "无权访问", request);
    }

    /** 429 with the seconds to wait, for throttled logins and rate-limited public requests. */
    public static void tooManyRequests(HttpServletResponse response, Duration retryAfter, String detail,
            HttpServletRequest request) throws IOException {
        response.setHeader("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
        write(response, HttpStatus.TOO_MANY_REQUESTS, detail, request);
    }

    public static void write(HttpServletResponse response, HttpStatus status, String detail,
            HttpServletRequest request) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", ProblemWords.title(status.value()));
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("message", detail);  // what Tasklist shows of an error
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem);
    }

    private ProblemResponses() {
    }
}
