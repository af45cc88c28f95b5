package org.workright.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.workright.ApplicationTest;

/** Public pages carry their content security policy; anonymous requests to protected paths make no session. */
@ApplicationTest
class PublicPagesTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void publicPagesCarryAContentSecurityPolicyAndAReferrerPolicy() {
        for (String page : List.of("/", "/apply.html", "/status.html", "/verify.html")) {
            ResponseEntity<String> answer = http.getForEntity(page, String.class);
            assertThat(answer.getHeaders().getFirst("Content-Security-Policy")).as(page)
                    .contains("script-src 'self'").contains("frame-ancestors 'none'");
            assertThat(answer.getHeaders().getFirst("Referrer-Policy")).as(page).isEqualTo("same-origin");
            // the policy runs no inline script: each page's own script is a file
            assertThat(answer.getBody()).as(page).doesNotContain("<script>");
        }
    }

    @Test
    void anonymousRequestsToProtectedPathsCreateNoSession() {
        for (String path : List.of("/api/legal-aid/cases", "/engine-rest/task", "/somewhere/protected",
                "/swagger-ui.html", "/camunda/api/engine/engine/default/task")) {
            ResponseEntity<String> answer = http.getForEntity(path, String.class);
            assertThat(answer.getStatusCode().is4xxClientError()).as(path + " " + answer.getStatusCode()).isTrue();
            assertThat(answer.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)).as(path)
                    .noneMatch(c -> c.startsWith("JSESSIONID"));
        }
    }

    @Test
    void sessionCookiesAreHttpOnlyAndSameSite() {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        assertThat(page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)).filteredOn(c -> c.startsWith("JSESSIONID"))
                .allSatisfy(c -> assertThat(c).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }
}
