package org.workright.people;

import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.ExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.FetchExternalTasksCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.workright.system.UserFacing;

/**
 * Cases move only along their process. The engine lets anyone allowed to start a process start it
 * before any activity (with listeners and I/O mappings skipped), and anyone allowed to update an
 * instance move, restart or migrate it: an inspector could open a case at "issue the notice",
 * past investigation, approval and the one-process-per-case guard. These commands are refused for
 * every user but administrators, whatever door or URL spelling brought them; the engine itself
 * refuses skip flags on a start at the start event. Calls without a user are the application's
 * own (services, the job executor running an administrator's batch).
 */
final class ModificationGuard extends CommandInterceptor {

    private static final Set<Class<?>> PAST_THE_MODEL = Set.of(
            StartProcessInstanceAtActivitiesCmd.class,
            ModifyProcessInstanceCmd.class,
            ModifyProcessInstanceAsyncCmd.class,
            AbstractModificationCmd.class,
            AbstractRestartProcessInstanceCmd.class,
            AbstractMigrationCmd.class,
            // a user task's "BPMN error" with no boundary event ends the whole case, past every step
            HandleTaskBpmnErrorCmd.class,
            HandleTaskEscalationCmd.class,
            // signals and message triggers aimed at an execution, conditional starts, deleting a
            // task: none is a step of our processes, each would move a case outside them
            SignalCmd.class,
            SignalEventReceivedCmd.class,
            MessageEventReceivedCmd.class,
            EvaluateStartConditionCmd.class,
            DeleteTaskCmd.class,
            // no process of ours has external tasks
            FetchExternalTasksCmd.class,
            ExternalTaskCmd.class);

    private final IdentityService identity;

    ModificationGuard(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public <T> T execute(Command<T> command) {
        Authentication user = EngineCommands.user(identity);
        if (user != null && !EngineCommands.isAdministrator(user)) {
            if (EngineCommands.isInstanceOfAny(command, PAST_THE_MODEL)) {
                throw new Refused();
            }
            // TASK_WORK lets a candidate claim "for" anyone, or for nobody (an unclaim in disguise):
            // an enterprise handed its reply task to another enterprise that way
            if (command instanceof ClaimTaskCmd && !user.getUserId().equals(EngineCommands.argument(command, "userId"))) {
                throw UserFacing.badRequest(new BadUserRequestException("只能由本人认领任务；释放任务请联系系统管理员"));
            }
        }
        return next.execute(command);
    }

    static final class Refused extends BadUserRequestException {
        Refused() {
            super("流程只能从开始事件启动并按流程办理，不能指定起点、跳转、重启或迁移");
            UserFacing.badRequest(this);
        }
    }
}
