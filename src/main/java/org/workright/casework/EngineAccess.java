package org.workright.casework;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
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
        if (restoreRevoked(processInstanceId, groupId)) {
            return;
        }
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

    /**
     * One step of a case can end a party's task and open its next one (a reminder's timer replaces
     * the task, a re-filing leads to the upload task): the revocation and the new grant then meet in
     * one flush, which inserts before it deletes, and the grant would collide with the row still
     * there. The revocation is taken back instead: the access simply stays.
     */
    private static boolean restoreRevoked(String processInstanceId, String groupId) {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            return false;
        }
        DbEntityManager db = context.getDbEntityManager();
        for (AuthorizationEntity cached : db.getCachedEntitiesByType(AuthorizationEntity.class)) {
            if (groupId.equals(cached.getGroupId()) && processInstanceId.equals(cached.getResourceId())
                    && cached.getResourceType() == Resources.PROCESS_INSTANCE.resourceType()
                    && cached.getAuthorizationType() == AUTH_TYPE_GRANT && db.isDeleted(cached)) {
                db.undoDelete(cached);
                return true;
            }
        }
        return false;
    }

    private void grantRead(Authorization auth, String processInstanceId) {
        auth.setResource(Resources.PROCESS_INSTANCE);
        auth.setResourceId(processInstanceId);
        auth.addPermission(Permissions.READ);
        authorizations.saveAuthorization(auth);
    }
}
