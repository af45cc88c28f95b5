package org.workright.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.workright.WorkRightTest;

/** Without an administrator the application must not start, or Camunda Admin lets anyone become one. */
@WorkRightTest
class AdminBootstrapTest {

    @Autowired
    IdentityService identity;

    @AfterEach
    void restoreTheDemoAdministrator() {
        if (identity.createUserQuery().userId("admin").memberOfGroup(Roles.ADMIN).count() == 0) {
            identity.createMembership("admin", Roles.ADMIN);
        }
        if (identity.createUserQuery().userId("firstadmin").count() > 0) {
            identity.deleteUser("firstadmin");
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

        new AdminBootstrap(identity, "firstadmin", "a-long-secret-123").run(null);

        assertThat(identity.createUserQuery().userId("firstadmin").memberOfGroup(Roles.ADMIN).count()).isEqualTo(1);
        assertThat(identity.checkPassword("firstadmin", "a-long-secret-123")).isTrue();
    }

    @Test
    void leavesAnExistingAdministratorAlone() {
        new AdminBootstrap(identity, "", "").run(null);

        assertThat(identity.createUserQuery().memberOfGroup(Roles.ADMIN).count()).isEqualTo(1);
    }
}
