package org.workright.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Failed logins slow down the client that makes them, never the account. Camunda's own
 * throttling locks a user for good after 10 failures, so anyone could lock anyone out (HTTP Basic
 * needs no prior login); here failures count per client address and user, and per address across
 * users (guessing many accounts), and each lock is temporary: the first for
 * {@code first-lock}, each further one twice as long, up to {@code longest-lock}. Every lock is
 * recorded where an administrator sees it ({@code GET /api/admin/login-lockouts}).
 * State is per node and in memory: a restart forgets it, which at worst grants a few more tries.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    /** Entries beyond this are swept of those no longer counting; bounds memory under a flood. */
    private static final int SWEEP_AT = 10_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final JdbcClient jdbc;
    private final int perUser;
    private final int perAddress;
    private final Duration window;
    private final Duration firstLock;
    private final Duration longestLock;

    LoginThrottle(Clock clock, JdbcClient jdbc,
            @Value("${workright.login.failures-per-user:5}") int perUser,
            @Value("${workright.login.failures-per-address:30}") int perAddress,
            @Value("${workright.login.window:PT15M}") Duration window,
            @Value("${workright.login.first-lock:PT1M}") Duration firstLock,
            @Value("${workright.login.longest-lock:PT1H}") Duration longestLock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.window = window;
        this.firstLock = firstLock;
        this.longestLock = longestLock;
    }

    /** The address of the client whose request this thread serves, or null outside a request. */
    static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }

    /** How long logins of this user from this address stay refused, or null when they are not. */
    public Duration lockedFor(String address, String user) {
        if (address == null) {
            return null;  // the application's own check, outside any request
        }
        Instant now = clock.instant();
        Duration wait = null;
        for (String key : List.of(key(address, user), key(address, null))) {
            Failures f = failures.get(key);
            if (f != null && f.lockedAt(now)) {
                Duration left = Duration.between(now, f.lockedUntil);
                wait = wait == null || left.compareTo(wait) > 0 ? left : wait;
            }
        }
        return wait;
    }

    void failed(String address, String user) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_AT) {
            failures.values().removeIf(f -> f.forgotten(now, window));
        }
        count(key(address, user), address, user, perUser, now);
        count(key(address, null), address, null, perAddress, now);
    }

    void succeeded(String address, String user) {
        failures.remove(key(address, user));
    }

    private void count(String key, String address, String user, int limit, Instant now) {
        Failures f = failures.compute(key, (k, old) -> (old == null ? new Failures() : old).add(now, window));
        synchronized (f) {
            if (f.count >= limit && !f.lockedAt(now)) {
                Duration lock = firstLock.multipliedBy(1L << Math.min(f.locks, 20));
                lock = lock.compareTo(longestLock) > 0 ? longestLock : lock;
                f.lockedFrom = now;
                f.lockedUntil = now.plus(lock);
                f.locks++;
                f.count = 0;
                record(address, user, limit, now, f.lockedUntil);
            }
        }
    }

    private void record(String address, String user, int count, Instant from, Instant until) {
        log.warn("Logins {} from {} refused until {} after {} failures", user == null ? "of any user" : "of " + user,
                address, until, count);
        jdbc.sql("insert into login_lockout (user_id, client_address, failures, locked_at, locked_until) "
                + "values (?, ?, ?, ?, ?)")
                .params(user, address, count, LocalDateTime.ofInstant(from, clock.getZone()),
                        LocalDateTime.ofInstant(until, clock.getZone()))
                .update();
    }

    private static String key(String address, String user) {
        return user == null ? address : address + "\n" + user;
    }

    /** Failures within the current window, and the lock they earned. */
    private static final class Failures {
        int count;
        int locks;
        Instant windowStart;
        Instant lockedFrom;
        Instant lockedUntil;

        /** A clock set back (tests, a corrected server clock) ends windows and locks rather than stretching them. */
        synchronized boolean lockedAt(Instant now) {
            return lockedUntil != null && !now.isBefore(lockedFrom) && now.isBefore(lockedUntil);
        }

        synchronized Failures add(Instant now, Duration window) {
            if (windowStart == null || now.isBefore(windowStart) || windowStart.plus(window).isBefore(now)) {
                windowStart = now;
                count = 0;
            }
            count++;
            return this;
        }

        synchronized boolean forgotten(Instant now, Duration window) {
            return windowStart.plus(window).isBefore(now) && !lockedAt(now);
        }
    }
}
