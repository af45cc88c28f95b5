package org.workright.people;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting: the engine's current user (a service task run while a Tasklist user completes
 * the task before it), else the Spring Security user, else "system" (a timer or async job).
 */
@Component
public class CurrentUser {

    public static final String SYSTEM = "system";

    private final IdentityService identityService;

    CurrentUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String id() {
        Authentication engine = identityService.getCurrentAuthentication();
        if (engine != null && engine.getUserId() != null) {
            return engine.getUserId();
        }
        var spring = SecurityContextHolder.getContext().getAuthentication();
        if (spring != null && spring.isAuthenticated() && spring.getName() != null
                && !"anonymousUser".equals(spring.getName())) {
            return spring.getName();
        }
        return SYSTEM;
    }

    /** Whether the acting person belongs to the group, as the identity store says (not as a request claims). */
    public boolean isMemberOf(String group) {
        String id = id();
        return !SYSTEM.equals(id) && identityService.createUserQuery().userId(id).memberOfGroup(group).count() > 0;
    }
}
