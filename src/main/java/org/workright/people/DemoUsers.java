package org.workright.people;

import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.workright.casework.CaseworkProcesses;

/** Demo accounts for every role, so a fresh start can be tried at once (off in production). */
@Component
@Order(20)
@ConditionalOnProperty(name = "workright.demo.enabled", havingValue = "true")
class DemoUsers implements ApplicationRunner {

    /** Camunda shows "first last": the full name first, then the post. */
    record DemoUser(String id, String firstName, String lastName, List<String> groups) {
    }

    /** The administrator, every process's demo people, and a representative of each demo enterprise. */
    static final List<DemoUser> USERS = Stream.of(
            Stream.of(new DemoUser("admin", "管理员", "系统", List.of(Roles.ADMIN))),
            CaseworkProcesses.all().stream().flatMap(p -> p.demoPeople().stream())
                    .map(p -> new DemoUser(p.id(), p.firstName(), p.lastName(), p.groups())),
            Stream.of(new DemoUser("enterpriseA", "周建国", "昆明示例机械制造有限公司", List.of(Roles.ENTERPRISE)),
                    new DemoUser("enterpriseB", "吴海", "昆明示例建筑劳务有限公司", List.of(Roles.ENTERPRISE))))
            .flatMap(s -> s).toList();

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final IdentityService identity;
    private final String password;
    private final Environment environment;

    DemoUsers(IdentityService identity, @Value("${workright.demo.password}") String password,
            Environment environment) {
        this.identity = identity;
        this.password = password;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.warn("演示账户已启用，密码公开：生产环境请设置 WORKRIGHT_DEMO=false (demo accounts with a public password are on)");
        for (DemoUser demo : USERS) {
            if (identity.createUserQuery().userId(demo.id()).count() == 0) {
                User user = identity.newUser(demo.id());
                user.setFirstName(demo.firstName());
                user.setLastName(demo.lastName());
                user.setEmail(demo.id() + "@demo.workright.invalid");
                user.setPassword(password);
                // the one place the password policy is skipped: demo logins are meant to be typed
                ((IdentityServiceImpl) identity).saveUser(user, true);
                demo.groups().forEach(g -> identity.createMembership(demo.id(), g));
            }
        }
        String base = "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080"));
        log.info("Demo users ready (password '{}'): {}. Public pages: {}/ Tasklist: {}/camunda/app/tasklist/ "
                + "API docs: {}/swagger-ui.html", password,
                USERS.stream().map(u -> u.id() + "=" + String.join("+", u.groups())).toList(), base, base, base);
    }
}
