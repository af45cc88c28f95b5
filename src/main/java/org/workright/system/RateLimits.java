package org.workright.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The per-client limits of {@link RateLimited} endpoints: a token bucket per bucket and client
 * address, refilled evenly over the period. In memory, per node; the client address is the
 * connection's unless {@code server.forward-headers-strategy} trusts a proxy's header.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimits.Limits.class)
class RateLimits implements WebMvcConfigurer {

    @ConfigurationProperties("workright")
    record Limits(Map<String, Limit> rateLimits) {
    }

    record Limit(int requests, Duration per) {
    }

    private static final int SWEEP_AT = 10_000;

    private final Limits limits;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimits(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws Exception {
                RateLimited limited = handler instanceof HandlerMethod method
                        ? method.getMethodAnnotation(RateLimited.class) : null;
                if (limited == null) {
                    return true;
                }
                Duration wait = take(limited.value(), request.getRemoteAddr());
                if (wait == null) {
                    return true;
                }
                ProblemResponses.tooManyRequests(response, wait, "请求过于频繁，请" + describe(wait) + "后再试", request);
                return false;
            }
        });
    }

    /** Takes a request from the client's bucket: null when allowed, else how long until one is. */
    Duration take(String bucket, String address) {
        Limit limit = limits.rateLimits() == null ? null : limits.rateLimits().get(bucket);
        if (limit == null) {
            throw new IllegalStateException("workright.rate-limits." + bucket + " is not configured");
        }
        Instant now = clock.instant();
        if (buckets.size() > SWEEP_AT) {
            buckets.values().removeIf(b -> b.full(now, limit));
        }
        return buckets.computeIfAbsent(bucket + "\n" + address, k -> new Bucket(limit.requests(), now)).take(now, limit);
    }

    private static String describe(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        return seconds < 60 ? seconds + "秒" : (seconds + 59) / 60 + "分钟";
    }

    private static final class Bucket {
        private double tokens;
        private Instant last;

        Bucket(int tokens, Instant now) {
            this.tokens = tokens;
            this.last = now;
        }

        synchronized Duration take(Instant now, Limit limit) {
            double perToken = (double) limit.per().toNanos() / limit.requests();
            if (now.isAfter(last)) {
                tokens = Math.min(limit.requests(), tokens + Duration.between(last, now).toNanos() / perToken);
            }
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return null;
            }
            return Duration.ofNanos((long) ((1 - tokens) * perToken));
        }

        synchronized boolean full(Instant now, Limit limit) {
            return tokens + Duration.between(last, now).toNanos() * limit.requests() / (double) limit.per().toNanos()
                    >= limit.requests();
        }
    }
}
