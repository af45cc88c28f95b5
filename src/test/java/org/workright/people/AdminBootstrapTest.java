package org.workright.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.workright.WebappSession;
import org.workright.WorkRightTest;

/** Without an administrator the application must not start, or Camunda Admin lets anyone become one. */
@WorkRightTest
class AdminBootstrapTest {

    @Autowired
    IdentityService identity;
    @Autowired
    TestRestTemplate http;

    @AfterEach
    void restoreTheDemoAdministrator() {
        if (identity.createUserQuery().userId("admin").memberOfGroup(Roles.ADMIN).count() == 0) {
            identity.createMembership("admin", Roles.ADMIN);
        }
        for (String user : List.of("firstadmin", "intruder")) {
            if (identity.createUserQuery().userId(user).count() > 0) {
                identity.deleteUser(user);
            }
        }
    }

    @Test
    void refusesToStartWithoutAnAdministratorOrItsCredentials() {
        identity.deleteMembership("admin", Roles.ADMIN);

        assertThatThrownBy(() -> new AdminBootstrap(identity, "", "").run(null))
                .hasMessageContaining("WORKRIGHT_ADMIN_USER");
        assertThatThrownBy(() -> new AdminBootstrap(identity, "firstadmin", "short").run(null))
                .hasMessageContaining("12");
    }

    @Test
    void createsTheFirstAdministratorFromTheEnvironment() {
        identity.deleteMembership("admin", Roles.ADMIN);

        new AdminBootstrap(identity, "firstadmin", "A-long-secret-123").run(null);

        assertThat(identity.createUserQuery().userId("firstadmin").memberOfGroup(Roles.ADMIN).count()).isEqualTo(1);
        assertThat(identity.checkPassword("firstadmin", "A-long-secret-123")).isTrue();
    }

    /**
     * Camunda Admin's first-run setup makes an administrator of anyone while the camunda-admin
     * group has no direct members (CVE-2026-77226). It stays closed whatever the group holds and
     * however the path is spelled; the rule is profile-independent (the security chain has none).
     */
    @Test
    void adminsFirstRunSetupIsClosedEvenWithTheAdministratorGroupEmpty() {
        WebappSession visitor = WebappSession.anonymous(http, "tasklist");
        identity.deleteMembership("admin", Roles.ADMIN);
        String intruder = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"入\",\"lastName\":\"侵\","
                + "\"email\":\"x@example.org\"},\"credentials\":{\"password\":\"Intruder-Passw0rd!\"}}";
        for (String path : List.of("/camunda/api/admin/setup/default/user/create",
                "/camunda/api/admin/setup/default/user/create/", "/camunda/api/admin/setup/default/user/create;x=1",
                "/camunda/api/admin//setup/default/user/create", "/camunda/api/admin/setup/%64efault/user/create")) {
            ResponseEntity<String> setup = visitor.postTo(path, intruder);
            assertThat(setup.getStatusCode().is4xxClientError()).as(path + " " + setup.getStatusCode()).isTrue();
        }
        assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void leavesAnExistingAdministratorAlone() {
        new AdminBootstrap(identity, "", "").run(null);

        assertThat(identity.createUserQuery().memberOfGroup(Roles.ADMIN).count()).isEqualTo(1);
    }
}
