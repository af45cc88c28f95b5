package org.workright.people;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Never start without an administrator: Camunda Admin offers anyone the "create the first
 * administrator" page while none exists. The first one comes from WORKRIGHT_ADMIN_USER and
 * WORKRIGHT_ADMIN_PASSWORD (or the demo users); without either the application refuses to start.
 */
@Component
@Order(40)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final IdentityService identity;
    private final String user;
    private final String password;

    AdminBootstrap(IdentityService identity, @Value("${workright.admin.user:}") String user,
            @Value("${workright.admin.password:}") String password) {
        this.identity = identity;
        this.user = user;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identity.createUserQuery().memberOfGroup(Roles.ADMIN).count() > 0) {
            return;
        }
        if (user.isBlank() || password.length() < 12) {
            throw new IllegalStateException("No administrator exists: set WORKRIGHT_ADMIN_USER and "
                    + "WORKRIGHT_ADMIN_PASSWORD (at least 12 characters) for the first start");
        }
        if (identity.createUserQuery().userId(user).count() == 0
                && !identity.checkPasswordAgainstPolicy(password).isValid()) {
            throw new IllegalStateException("WORKRIGHT_ADMIN_PASSWORD does not meet the password policy: at least 10 "
                    + "characters with upper and lower case letters, a digit and a special character");
        }
        if (identity.createUserQuery().userId(user).count() == 0) {
            User admin = identity.newUser(user);
            admin.setFirstName("管理员");
            admin.setLastName("系统");
            admin.setPassword(password);
            identity.saveUser(admin);
        }
        identity.createMembership(user, Roles.ADMIN);
        log.info("Administrator '{}' created", user);
    }
}
