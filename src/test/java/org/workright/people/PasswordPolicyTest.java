package org.workright.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.workright.WebappSession;
import org.workright.WorkRightTest;

/** The pen test's administrator created users with the passwords "1", "demo" and "": no longer. */
@WorkRightTest
class PasswordPolicyTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identity;

    @AfterEach
    void removeTheClerk() {
        if (identity.createUserQuery().userId("newclerk").count() > 0) {
            identity.deleteUser("newclerk");
        }
    }

    @Test
    void weakPasswordsAreRefusedThroughBothDoors_aStrongOneIsTaken() {
        WebappSession admin = WebappSession.login(http, "admin", "admin");
        for (String weak : List.of("1", "demo", "", "newclerk-Passw0rd!")) {
            String user = user(weak);
            ResponseEntity<String> rest = http.withBasicAuth("admin", "demo").exchange("/engine-rest/user/create",
                    HttpMethod.POST, json(user), String.class);
            assertThat(rest.getStatusCode()).as(weak + rest.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(rest.getBody()).contains("密码不符合要求");
            ResponseEntity<String> webapp = admin.post("/user/create", user);
            assertThat(webapp.getStatusCode()).as(weak + webapp.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        }
        assertThat(identity.createUserQuery().userId("newclerk").count()).isZero();

        assertThat(http.withBasicAuth("admin", "demo").exchange("/engine-rest/user/create", HttpMethod.POST,
                json(user("Kunming-Clerk-2026!")), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void theDemoUsersStillLogInWithTheDemoPassword() {
        assertThat(identity.checkPassword("office1", "demo")).isTrue();
    }

    private static String user(String password) {
        return "{\"profile\":{\"id\":\"newclerk\",\"firstName\":\"新\",\"lastName\":\"员\",\"email\":\"clerk@example.org\"},"
                + "\"credentials\":{\"password\":\"" + password + "\"}}";
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
