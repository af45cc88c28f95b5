package org.workright.people;

import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Candidate groups get TASK_WORK on their tasks (claim, complete); this adds TASK_ASSIGN, so
 * whoever claimed a task can give it back (Tasklist's unclaim) or pass it to a colleague. It rides
 * on the engine's own per-task candidate authorization, so it reaches no task outside the group's.
 */
@Component
class TaskHandOver extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
            @Override
            public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
                AuthorizationEntity[] granted = super.newTaskGroupIdentityLink(task, groupId, type);
                if (granted != null && IdentityLinkType.CANDIDATE.equals(type)) {
                    for (AuthorizationEntity authorization : granted) {
                        authorization.addPermission(TaskPermissions.TASK_ASSIGN);
                    }
                }
                return granted;
            }
        });
    }
}
