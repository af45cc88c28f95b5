package org.workright.people;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.workright.casework.CaseworkProcess;
import org.workright.casework.CaseworkProcesses;

/** Camunda groups, one per role; Spring Security sees them as authorities ROLE_&lt;group id&gt;. */
public final class Roles {

    public static final String ADMIN = "camunda-admin";
    /** Enterprise representatives: each also belongs to the group of their own enterprise. */
    public static final String ENTERPRISE = "enterprise";

    /**
     * Roles allowed on our REST API and /engine-rest: administrators and every process's roles
     * (as the processes declare them), not enterprise representatives.
     */
    public static final List<String> STAFF = Stream.concat(Stream.of(ADMIN),
            CaseworkProcesses.roles().map(CaseworkProcess.ProcessRole::group)).distinct().toList();

    /** Display names, as the groups are created: the processes name their own roles. */
    static String displayName(String group) {
        return switch (group) {
            case ADMIN -> "系统管理员";
            case ENTERPRISE -> "企业代表";
            default -> CaseworkProcesses.roles().filter(r -> r.group().equals(group))
                    .map(CaseworkProcess.ProcessRole::name).findFirst().orElse(group);
        };
    }

    static List<String> all() {
        return Stream.concat(STAFF.stream(), Stream.of(ENTERPRISE)).toList();
    }

    public static String authority(String group) {
        return "ROLE_" + group;
    }

    /** Whether the user belongs to any of the groups. */
    public static boolean any(Authentication user, String... groups) {
        return user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> Arrays.stream(groups).map(Roles::authority).anyMatch(a::equals));
    }

    private Roles() {
    }
}
