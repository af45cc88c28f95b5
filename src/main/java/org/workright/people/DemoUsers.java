package org.workright.people;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo accounts for every role, so a fresh start can be tried at once (off in production). */
@Component
@Order(20)
@ConditionalOnProperty(name = "workright.demo.enabled", havingValue = "true")
class DemoUsers implements ApplicationRunner {

    /** Camunda shows "first last": the full name first, then the post. */
    record DemoUser(String id, String firstName, String lastName, List<String> groups) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "管理员", "系统", List.of(Roles.ADMIN)),
            new DemoUser("office1", "王芳", "法律援助中心", List.of(Roles.LEGAL_AID_OFFICE)),
            new DemoUser("office2", "李强", "法律援助中心", List.of(Roles.LEGAL_AID_OFFICE)),
            new DemoUser("lead1", "赵敏", "法律援助中心负责人", List.of(Roles.LEGAL_AID_LEAD, Roles.LEGAL_AID_OFFICE)),
            new DemoUser("lawyer1", "张伟", "律师", List.of(Roles.LAWYERS)),
            new DemoUser("lawyer2", "陈静", "律师", List.of(Roles.LAWYERS)),
            new DemoUser("lawyer3", "刘洋", "律师", List.of(Roles.LAWYERS)),
            new DemoUser("lawyer4", "杨磊", "律师", List.of(Roles.LAWYERS)),
            new DemoUser("inspector1", "黄军", "监督员", List.of(Roles.INSPECTORS)),
            new DemoUser("inspector2", "周丽", "监督员", List.of(Roles.INSPECTORS)),
            new DemoUser("inspector3", "孙涛", "监督员", List.of(Roles.INSPECTORS)),
            new DemoUser("supervisor1", "郑红", "监督负责人", List.of(Roles.INSPECTION_LEADS, Roles.INSPECTORS)),
            new DemoUser("reviewer1", "吴勇", "劳动保障监察", List.of(Roles.LABOUR_BUREAU)),
            new DemoUser("enterpriseA", "周建国", "昆明示例机械制造有限公司", List.of(Roles.ENTERPRISE)),
            new DemoUser("enterpriseB", "吴海", "昆明示例建筑劳务有限公司", List.of(Roles.ENTERPRISE)));

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final IdentityService identity;
    private final String password;
    private final org.springframework.core.env.Environment environment;

    DemoUsers(IdentityService identity, @Value("${workright.demo.password}") String password,
            org.springframework.core.env.Environment environment) {
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
                ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identity).saveUser(user, true);
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
