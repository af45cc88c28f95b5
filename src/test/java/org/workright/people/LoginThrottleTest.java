package org.workright.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.workright.WorkRightTest;
import org.workright.legalaid.LegalAidModule;

/**
 * The pen test locked accounts for good by failing their logins anonymously. Now failures slow
 * down the client that makes them, for a while, and never the account.
 */
@WorkRightTest
class LoginThrottleTest {

    /** Users of this test alone: the throttle's state must not reach into other test classes. */
    private static final String USER = "throttletesta";
    private static final String OTHER = "throttletestb";
    private static final String PASSWORD = "Throttle-Test-2026!";

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identity;

    @org.junit.jupiter.api.BeforeEach
    void usersOfItsOwn() {
        for (String id : new String[] {USER, OTHER}) {
            if (identity.createUserQuery().userId(id).count() == 0) {
                var user = identity.newUser(id);
                user.setFirstName("测");
                user.setLastName("试");
                user.setPassword(PASSWORD);
                identity.saveUser(user);
                identity.createMembership(id, LegalAidModule.LAWYERS);
            }
        }
    }

    @AfterEach
    void resetClockAndRequest() {
        ClockUtil.reset();
        RequestContextHolder.resetRequestAttributes();
        for (String id : new String[] {USER, OTHER}) {
            identity.deleteUser(id);
        }
    }

    @Test
    void anonymousFailuresThrottleTheirClientForAWhile_neverTheAccount() {
        ClockUtil.setCurrentTime(new Date());
        TestRestTemplate guesser = http.withBasicAuth(USER, "wrong");
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.getForEntity("/api/legal-aid/cases", String.class).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ResponseEntity<String> throttled = guesser.getForEntity("/api/legal-aid/cases", String.class);
        assertThat(throttled.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(throttled.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotNull();
        assertThat(throttled.getBody()).contains("登录失败次数过多");
        // from this client even the right password waits; the webapps' login form too
        assertThat(http.withBasicAuth(USER, PASSWORD).getForEntity("/api/legal-aid/cases", String.class).getStatusCode())
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(webappLogin(USER, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        // more failures than Camunda's 10 that locked accounts for good, and the account is fine:
        for (int i = 0; i < 10; i++) {
            guesser.getForEntity("/api/legal-aid/cases", String.class);
        }
        assertThat(checkPasswordFrom("10.1.2.3")).isTrue();
        assertThat(identity.checkPassword(USER, PASSWORD)).isTrue();
        // and once the lock has run out, this client may try again
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 61 * 60 * 1000));
        assertThat(http.withBasicAuth(USER, PASSWORD).getForEntity("/api/legal-aid/cases", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void administratorsSeeTheLockouts_othersDoNot() {
        ClockUtil.setCurrentTime(new Date());
        for (int i = 0; i < 6; i++) {
            checkPasswordFrom("10.9.9.9", OTHER, "wrong");
        }
        ResponseEntity<String> lockouts = http.withBasicAuth("admin", "demo").getForEntity("/api/admin/login-lockouts",
                String.class);
        assertThat(lockouts.getBody()).contains(OTHER).contains("10.9.9.9");
        assertThat(http.withBasicAuth("office1", "demo").getForEntity("/api/admin/login-lockouts", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(checkPasswordFrom("10.9.9.8", OTHER, PASSWORD)).isTrue();
    }

    private boolean checkPasswordFrom(String address) {
        return checkPasswordFrom(address, USER, PASSWORD);
    }

    private boolean checkPasswordFrom(String address, String user, String password) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            return identity.checkPassword(user, password);
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private ResponseEntity<String> webappLogin(String user, String password) {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        var cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE).stream().map(c -> c.split(";")[0]).toList();
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, String.join("; ", cookies));
        cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst()
                .ifPresent(c -> headers.add("X-XSRF-TOKEN", c.substring("XSRF-TOKEN=".length())));
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", user);
        form.add("password", password);
        return http.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist", new HttpEntity<>(form, headers),
                String.class);
    }
}
