package org.workright.people;

import java.util.Arrays;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import java.util.regex.Pattern;

/**
 * The engine's grants on a task, as Camunda makes them, but the task's history only for staff.
 * With historic instance permissions on, every candidate and assignee may also read the task's
 * history; Tasklist's notes need that (the REST layer looks the task up there before its notes).
 * An enterprise's representatives are candidates of their reply task, and its history would show
 * them who at the federation completed or claimed it: they keep the right to work on it, not that.
 */
final class TaskHistoryGrants extends DefaultAuthorizationProvider {

    /** The role, or one enterprise's group: "enterprise" and its 18-character credit code. */
    private static final Pattern ENTERPRISE_GROUP =
            Pattern.compile(Pattern.quote(Roles.ENTERPRISE) + "([0-9A-Z]{18})?");

    @Override
    protected AuthorizationEntity[] createOrUpdateAuthorizations(Task task, String groupId, String userId) {
        // (the engine passes the group first)
        AuthorizationEntity[] grants = super.createOrUpdateAuthorizations(task, groupId, userId);
        if (!enterprise(userId, groupId)) {
            return grants;
        }
        return Arrays.stream(grants)
                .filter(g -> g == null || g.getResourceType() != Resources.HISTORIC_TASK.resourceType())
                .toArray(AuthorizationEntity[]::new);
    }

    /**
     * An enterprise group ("enterprise", "enterprise91530111MA6K7XQ34D"), or a representative claiming
     * the task themselves (nobody else assigns them one).
     */
    private static boolean enterprise(String userId, String groupId) {
        if (groupId != null) {
            return ENTERPRISE_GROUP.matcher(groupId).matches();
        }
        Authentication current = Context.getCommandContext() == null ? null
                : Context.getCommandContext().getAuthentication();
        return userId != null && current != null && userId.equals(current.getUserId())
                && current.getGroupIds() != null && current.getGroupIds().contains(Roles.ENTERPRISE);
    }
}
