package org.workright.casework;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Per-case read access in the engine for people outside a process's own roles: the lawyer
 * proposed for a legal-aid case, the enterprise a supervision case is about. Tasklist needs it to
 * show the case number and summary beside their tasks; nobody else's cases become visible.
 */
@Component
public class EngineAccess {

    private final AuthorizationService authorizations;

    EngineAccess(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    public void grantUserRead(String processInstanceId, String userId) {
        Authorization auth = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        auth.setUserId(userId);
        grantRead(auth, processInstanceId);
    }

    public void grantGroupRead(String processInstanceId, String groupId) {
        Authorization auth = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        auth.setGroupId(groupId);
        grantRead(auth, processInstanceId);
    }

    public void revokeUserRead(String processInstanceId, String userId) {
        revoke(authorizations.createAuthorizationQuery().userIdIn(userId), processInstanceId);
    }

    public void revokeGroupRead(String processInstanceId, String groupId) {
        revoke(authorizations.createAuthorizationQuery().groupIdIn(groupId), processInstanceId);
    }

    private void revoke(org.camunda.bpm.engine.authorization.AuthorizationQuery whose, String processInstanceId) {
        whose.resourceType(Resources.PROCESS_INSTANCE).resourceId(processInstanceId).list()
                .forEach(a -> authorizations.deleteAuthorization(a.getId()));
    }

    private void grantRead(Authorization auth, String processInstanceId) {
        auth.setResource(Resources.PROCESS_INSTANCE);
        auth.setResourceId(processInstanceId);
        auth.addPermission(Permissions.READ);
        authorizations.saveAuthorization(auth);
    }
}
