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

    record DemoUser(String id, String firstName, String lastName, List<String> groups) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "系统", "管理员", List.of(Roles.ADMIN)),
            new DemoUser("office1", "芳", "王", List.of(Roles.LEGAL_AID_OFFICE)),
            new DemoUser("office2", "强", "李", List.of(Roles.LEGAL_AID_OFFICE)),
            new DemoUser("lead1", "敏", "赵", List.of(Roles.LEGAL_AID_LEAD, Roles.LEGAL_AID_OFFICE)),
            new DemoUser("lawyer1", "伟", "张", List.of(Roles.LAWYERS)),
            new DemoUser("lawyer2", "静", "陈", List.of(Roles.LAWYERS)),
            new DemoUser("lawyer3", "洋", "刘", List.of(Roles.LAWYERS)),
            new DemoUser("lawyer4", "磊", "杨", List.of(Roles.LAWYERS)),
            new DemoUser("inspector1", "军", "黄", List.of(Roles.INSPECTORS)),
            new DemoUser("inspector2", "丽", "周", List.of(Roles.INSPECTORS)),
            new DemoUser("inspector3", "涛", "孙", List.of(Roles.INSPECTORS)),
            new DemoUser("supervisor1", "红", "郑", List.of(Roles.INSPECTION_LEADS, Roles.INSPECTORS)),
            new DemoUser("reviewer1", "勇", "吴", List.of(Roles.LABOUR_BUREAU)),
            new DemoUser("enterpriseA", "企业A", "代表", List.of(Roles.ENTERPRISE)),
            new DemoUser("enterpriseB", "企业B", "代表", List.of(Roles.ENTERPRISE)));

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final IdentityService identity;
    private final String password;

    DemoUsers(IdentityService identity, @Value("${workright.demo.password}") String password) {
        this.identity = identity;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoUser demo : USERS) {
            if (identity.createUserQuery().userId(demo.id()).count() == 0) {
                User user = identity.newUser(demo.id());
                user.setFirstName(demo.firstName());
                user.setLastName(demo.lastName());
                user.setEmail(demo.id() + "@demo.workright.invalid");
                user.setPassword(password);
                identity.saveUser(user);
                demo.groups().forEach(g -> identity.createMembership(demo.id(), g));
            }
        }
        log.info("Demo users ready (password '{}'): {}. Tasklist: http://localhost:8080/camunda/app/tasklist/ "
                + "API docs: http://localhost:8080/swagger-ui.html", password,
                USERS.stream().map(u -> u.id() + "=" + String.join("+", u.groups())).toList());
    }
}
