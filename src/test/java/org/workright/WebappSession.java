package org.workright;

import java.util.List;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A browser's session with the Camunda webapps: the login page hands out a session and a CSRF
 * token, the login form authenticates, and later calls to the webapps' API carry both, exactly as
 * Tasklist does.
 */
public final class WebappSession {

    private final TestRestTemplate http;
    private List<String> cookies;
    private String token;
    private final HttpStatus loginStatus;

    private WebappSession(TestRestTemplate http, String user, String app) {
        this.http = http;
        ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/default/", String.class);
        this.cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE).stream().map(c -> c.split(";")[0]).toList();
        this.token = csrfToken(cookies);
        if (user == null) {
            this.loginStatus = HttpStatus.UNAUTHORIZED;
            return;
        }
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", user);
        form.add("password", "demo");
        ResponseEntity<String> login = absorb(http.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
                new HttpEntity<>(form, headers), String.class));
        this.loginStatus = HttpStatus.valueOf(login.getStatusCode().value());
        if (loginStatus.is2xxSuccessful()) {
            get("/task/count");  // as Tasklist's first request does: the answer carries the session's new CSRF token
        }
    }

    public static WebappSession login(TestRestTemplate http, String user, String app) {
        return new WebappSession(http, user, app);
    }

    /** A visitor who opened the app's page (and so holds its session and CSRF token) without logging in. */
    public static WebappSession anonymous(TestRestTemplate http, String app) {
        return new WebappSession(http, null, app);
    }

    public HttpStatus loginStatus() {
        return loginStatus;
    }

    /** GET on the webapps' engine API, e.g. "/task". */
    public ResponseEntity<String> get(String enginePath) {
        return absorb(http.exchange(api(enginePath), HttpMethod.GET, new HttpEntity<>(headers()), String.class));
    }

    /** A request outside the webapps with this session's cookies, as a link in a task form makes. */
    public ResponseEntity<String> exchange(HttpMethod method, String path) {
        return http.exchange(path, method, new HttpEntity<>(headers()), String.class);
    }

    /** The same with the session's cookies only, as a form on another site would send it. */
    public ResponseEntity<String> exchangeWithoutToken(HttpMethod method, String path) {
        HttpHeaders headers = headers();
        headers.remove("X-XSRF-TOKEN");
        return http.exchange(path, method, new HttpEntity<>(headers), String.class);
    }

    /** PUT with a JSON body on the webapps' engine API, e.g. "/task/{id}". */
    public ResponseEntity<String> put(String enginePath, String json) {
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return absorb(http.exchange(api(enginePath), HttpMethod.PUT, new HttpEntity<>(json, headers), String.class));
    }

    /** POST with a JSON body to any path, with this session's cookies and CSRF token. */
    public ResponseEntity<String> postTo(String path, String json) {
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return absorb(http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class));
    }

    /** A multipart POST to any path with this session's cookies, with or without its CSRF token (a form on another site has none). */
    public ResponseEntity<String> postParts(String path, org.springframework.util.MultiValueMap<String, Object> parts,
            boolean withToken) {
        HttpHeaders headers = headers();
        if (!withToken) {
            headers.remove("X-XSRF-TOKEN");
        }
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return absorb(http.exchange(path, HttpMethod.POST, new HttpEntity<>(parts, headers), String.class));
    }

    /** POST with a JSON body on the webapps' engine API, e.g. "/task/{id}/complete". */
    public ResponseEntity<String> post(String enginePath, String json) {
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return absorb(http.exchange(api(enginePath), HttpMethod.POST, new HttpEntity<>(json, headers), String.class));
    }

    /**
     * Keeps cookies as a browser does: the login rotates the session id, and the webapps hand out
     * a fresh CSRF token on the request after it. A stale token would make every POST fail for the
     * wrong reason.
     */
    private ResponseEntity<String> absorb(ResponseEntity<String> response) {
        List<String> renewed = response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .map(c -> c.split(";")[0]).toList();
        cookies = java.util.stream.Stream.concat(
                cookies.stream().filter(c -> renewed.stream().noneMatch(r -> r.split("=")[0].equals(c.split("=")[0]))),
                renewed.stream()).toList();
        token = csrfToken(cookies);
        return response;
    }

    private static String csrfToken(List<String> cookies) {
        return cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
                .substring("XSRF-TOKEN=".length());
    }

    private static String api(String enginePath) {
        return "/camunda/api/engine/engine/default" + enginePath;
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, String.join("; ", cookies));
        headers.add("X-XSRF-TOKEN", token);
        return headers;
    }
}
