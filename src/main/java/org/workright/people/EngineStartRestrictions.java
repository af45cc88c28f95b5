package org.workright.people;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Pattern;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.workright.system.ProblemResponses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Processes start at their start events, with their listeners. The engine's start API also takes
 * "start before this activity" instructions and flags to skip listeners and mappings, needing no
 * more than the right to start the process: an inspector could begin a case at "issue the notice",
 * past investigation, approval and the one-process-per-case guard. Nobody here needs that, so both
 * engine APIs (/engine-rest and the webapps' own) refuse such starts.
 */
@Configuration
class EngineStartRestrictions {

    private static final Pattern START = Pattern.compile(".*/process-definition/.+/(start|submit-form)$");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> engineStartRestrictionsFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        return registration;
    }

    static boolean bypasses(JsonNode start) {
        return start.path("startInstructions").size() > 0 || start.path("skipCustomListeners").asBoolean(false)
                || start.path("skipIoMappings").asBoolean(false);
    }

    private static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!"POST".equals(request.getMethod()) || !START.matcher(request.getRequestURI()).matches()) {
                chain.doFilter(request, response);
                return;
            }
            byte[] body = request.getInputStream().readAllBytes();
            JsonNode start;
            try {
                start = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
            } catch (IOException malformed) {
                start = JSON.createObjectNode();  // the engine answers malformed JSON itself
            }
            if (start != null && bypasses(start)) {
                ProblemResponses.write(response, HttpStatus.BAD_REQUEST,
                        "流程只能从开始事件启动，不能指定起点或跳过监听器 Start instructions are not allowed", request);
                return;
            }
            chain.doFilter(new Replayed(request, body), response);
        }
    }

    /** The request with its body still readable by the engine REST API. */
    private static final class Replayed extends HttpServletRequestWrapper {

        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    // the whole body is in memory: it is available now and then all read
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }
            };
        }
    }
}
