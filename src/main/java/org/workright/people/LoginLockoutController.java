package org.workright.people;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.workright.system.ProblemException;

import io.swagger.v3.oas.annotations.Operation;

/** What the login throttle refused, newest first, for administrators. */
@RestController
class LoginLockoutController {

    record Lockout(String userId, String clientAddress, int failures, LocalDateTime lockedAt,
            LocalDateTime lockedUntil) {
    }

    private final JdbcClient jdbc;

    LoginLockoutController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/admin/login-lockouts")
    @Operation(summary = "登录失败锁定记录（系统管理员）")
    List<Lockout> recent(Authentication user) {
        if (!Roles.any(user, Roles.ADMIN)) {
            throw ProblemException.forbidden("仅系统管理员可以查看");
        }
        return jdbc.sql("select user_id, client_address, failures, locked_at, locked_until from login_lockout "
                + "order by locked_at desc, id desc fetch first 200 rows only").query(Lockout.class).list();
    }
}
