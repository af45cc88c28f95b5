package org.workright.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.workright.casework.CaseworkProcesses;

/**
 * A process's authorization table: for each of its requests, the answer each role gets (a demo
 * person of the role asks), administrators, enterprise representatives and anonymous callers
 * included. Every row must name every role there is, so a new role or a new process cannot slip
 * past a row unconsidered; {@link #walk} asks them all and lists every answer that differs.
 */
public final class AuthorizationTable {

    public static final String ADMIN = "camunda-admin";
    public static final String ENTERPRISE = "enterprise";
    public static final String ANONYMOUS = "anonymous";

    private final Map<String, Map<String, Integer>> rows = new LinkedHashMap<>();
    private final Map<String, String[]> askers = new LinkedHashMap<>();
    private String current;

    /** Asks as this person for the role instead of its first demo person (e.g. the lawyer on the case). */
    public AuthorizationTable askingAs(String role, String userId, String password) {
        askers.put(role, new String[] {userId, password});
        return this;
    }

    /** A request, "GET /api/…" or "POST /api/…" (a POST sends an empty JSON object). */
    public AuthorizationTable request(String request) {
        current = request;
        rows.put(request, new LinkedHashMap<>());
        return this;
    }

    /** The answer these roles (Camunda groups, or {@link #ANONYMOUS}) get to the current request. */
    public AuthorizationTable answers(int status, String... roles) {
        for (String role : roles) {
            rows.get(current).put(role, status);
        }
        return this;
    }

    /** Everyone not named yet gets this answer. */
    public AuthorizationTable othersGet(int status) {
        everyone().forEach(role -> rows.get(current).putIfAbsent(role, status));
        return this;
    }

    public void walk(TestRestTemplate http) {
        List<String> differences = new ArrayList<>();
        rows.forEach((request, answers) -> {
            Set<String> missing = new TreeSet<>(everyone());
            missing.removeAll(answers.keySet());
            if (!missing.isEmpty()) {
                differences.add(request + ": no answer given for " + missing);
            }
            answers.forEach((role, expected) -> {
                int actual = ask(http, role, request);
                if (actual != expected) {
                    differences.add(request + " as " + role + ": expected " + expected + ", got " + actual);
                }
            });
        });
        assertThat(differences).isEmpty();
    }

    private static Set<String> everyone() {
        Set<String> roles = new TreeSet<>(List.of(ADMIN, ENTERPRISE, ANONYMOUS));
        CaseworkProcesses.roles().forEach(r -> roles.add(r.group()));
        return roles;
    }

    private int ask(TestRestTemplate http, String role, String request) {
        String[] parts = request.split(" ", 2);
        TestRestTemplate client = role.equals(ANONYMOUS) ? http
                : askers.containsKey(role) ? http.withBasicAuth(askers.get(role)[0], askers.get(role)[1])
                : http.withBasicAuth(userOf(role), "demo");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        HttpMethod method = HttpMethod.valueOf(parts[0]);
        return client.exchange(parts[1], method, new HttpEntity<>(method == HttpMethod.GET ? null : "{}", headers),
                String.class).getStatusCode().value();
    }

    /** A demo person of the role: its declaring process names them. */
    private static String userOf(String role) {
        return switch (role) {
            case ADMIN -> "admin";
            case ENTERPRISE -> "enterpriseA";
            default -> CaseworkProcesses.all().stream().flatMap(p -> p.demoPeople().stream())
                    .filter(p -> p.groups().get(0).equals(role)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no demo person for " + role)).id();
        };
    }
}
