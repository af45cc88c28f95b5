package org.workright.people;

import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskEventsCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.workright.system.UserFacing;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * What a person may do with a task beside completing it, held where the engine decides.
 * <ul>
 * <li>Handing a claimed task back: Tasklist's "unclaim" sets no assignee, which the engine allows
 * only to those who may reassign the task to anyone (TASK_ASSIGN). People here hold TASK_WORK on
 * their tasks, so the one who claimed a task could not give it back. The current assignee, when one
 * of the task's candidates, may now unassign it, and nothing else: assigning it to someone else or moving its due date still needs the
 * grant they do not hold.</li>
 * <li>Notes on a task (Tasklist's 添加备注) and its history: Camunda 7.24 checks no authorization for
 * comments at all, so anyone logged in who knows a task or instance id could read or write its notes.
 * Notes are the staff's working notes: only staff who may see the task (or the instance) read them or
 * add one; enterprise representatives and the lawyer of another case do not. Attachments, equally
 * unchecked and unused here, are refused.</li>
 * </ul>
 */
final class TaskWorkGuard extends CommandInterceptor {

    private static final Set<Class<?>> NOTES = Set.of(AddCommentCmd.class, GetTaskCommentsCmd.class,
            GetTaskCommentCmd.class, DeleteTaskCommentCmd.class, UpdateCommentCmd.class, GetTaskEventsCmd.class,
            GetProcessInstanceCommentsCmd.class, DeleteProcessInstanceCommentCmd.class);

    /** Files attached to tasks: not used here (letters and documents have their own archive), and unchecked too. */
    private static final Set<Class<?>> ATTACHMENTS = Set.of(CreateAttachmentCmd.class, SaveAttachmentCmd.class,
            DeleteAttachmentCmd.class, GetAttachmentCmd.class, GetAttachmentContentCmd.class,
            GetTaskAttachmentCmd.class, GetTaskAttachmentContentCmd.class, GetTaskAttachmentsCmd.class,
            GetProcessInstanceAttachmentsCmd.class);

    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl engine;

    TaskWorkGuard(IdentityService identity, ProcessEngineConfigurationImpl engine) {
        this.identity = identity;
        this.engine = engine;
    }

    @Override
    public <T> T execute(Command<T> command) {
        Authentication user = EngineCommands.user(identity);
        if (user == null || EngineCommands.isAdministrator(user)) {
            return next.execute(command);
        }
        if (command instanceof AssignTaskCmd && EngineCommands.argument(command, "userId") == null) {
            return handBack(command, user);
        }
        if (EngineCommands.isInstanceOfAny(command, ATTACHMENTS)) {
            throw UserFacing.forbidden(new BadUserRequestException("本系统不使用任务附件：材料和文书请在案件工作台查看"));
        }
        if (EngineCommands.isInstanceOfAny(command, NOTES)) {
            requireStaffSeeing(command, user);
        }
        return next.execute(command);
    }

    /** A candidate who claimed the task unassigns it without the right to assign it; anyone else as before. */
    private <T> T handBack(Command<T> command, Authentication user) {
        String taskId = EngineCommands.argument(command, "taskId");
        return engine.getCommandExecutorTxRequired().execute(context -> {
            TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
            if (task == null || !user.getUserId().equals(task.getAssignee()) || !candidate(task, user)) {
                return next.execute(command);
            }
            context.disableAuthorizationCheck();
            try {
                return command.execute(context);
            } finally {
                context.enableAuthorizationCheck();
            }
        });
    }

    /**
     * Whether the user could have claimed the task: one of its candidates. A lawyer proposed for a case
     * is assigned the offer by the process and answers it in its form; they cannot drop it.
     */
    private static boolean candidate(TaskEntity task, Authentication user) {
        return task.getIdentityLinks().stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .anyMatch(l -> user.getUserId().equals(l.getUserId())
                        || l.getGroupId() != null && user.getGroupIds() != null && user.getGroupIds().contains(l.getGroupId()));
    }

    // the refusals are the engine's "bad request", marked 403 for the REST layer: its own
    // authorization error carries no words of ours

    private void requireStaffSeeing(Command<?> command, Authentication user) {
        boolean staff = user.getGroupIds() != null && user.getGroupIds().stream().anyMatch(Roles.STAFF::contains)
                && !user.getGroupIds().contains(Roles.ENTERPRISE);
        String taskId = field(command, "taskId");
        String instance = field(command, "processInstanceId");
        // the user's own queries: candidates, assignee and READ grants, as Tasklist lists tasks
        boolean sees = staff && engine.getCommandExecutorTxRequired().execute(context -> taskId != null
                ? context.getProcessEngineConfiguration().getTaskService().createTaskQuery().taskId(taskId).count() > 0
                : instance != null && context.getProcessEngineConfiguration().getRuntimeService()
                        .createProcessInstanceQuery().processInstanceId(instance).count() > 0);
        if (!sees) {
            throw UserFacing.forbidden(new BadUserRequestException("无权查看或添加该任务的备注"));
        }
    }

    /** A command's id argument, where the command has one (a task note has no instance, and back). */
    private static String field(Command<?> command, String name) {
        try {
            return EngineCommands.argument(command, name);
        } catch (IllegalStateException none) {
            return null;
        }
    }
}
