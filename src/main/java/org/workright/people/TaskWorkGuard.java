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
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskEventsCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.DelegationState;
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
 * add one; enterprise representatives and the lawyer of another case do not. A note stays in its
 * task's case, and only its writer changes or removes it. Attachments, equally unchecked and unused
 * here, are refused.</li>
 * <li>"Resolve" only for a task delegated to the user (nothing here delegates).</li>
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
        if (command instanceof ResolveTaskCmd) {
            requireDelegated(EngineCommands.argument(command, "taskId"), user);
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
            boolean checking = context.isAuthorizationCheckEnabled();
            context.disableAuthorizationCheck();
            try {
                return command.execute(context);
            } finally {
                if (checking) {
                    context.enableAuthorizationCheck();
                }
            }
        });
    }

    /**
     * "Resolve" completes a delegated task back to its owner, and needs only the right to work on it;
     * on a task nobody delegated it would empty the assignee: a lawyer could drop the offer the
     * process assigned them, an inspector take a colleague's claimed task. Nothing here delegates
     * (that needs TASK_ASSIGN), so only a task awaiting resolution may be resolved.
     */
    private void requireDelegated(String taskId, Authentication user) {
        boolean delegated = engine.getCommandExecutorTxRequired().execute(context -> {
            TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
            return task != null && task.getOwner() != null && task.getDelegationState() == DelegationState.PENDING
                    && user.getUserId().equals(task.getAssignee());
        });
        if (!delegated) {
            throw UserFacing.forbidden(new BadUserRequestException("该任务不是委托给您办理的任务，请在表单中办理后点击“完成”"));
        }
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
        boolean sees = staff && engine.getCommandExecutorTxRequired().execute(context -> {
            if (taskId == null) {
                return instance != null && context.getProcessEngineConfiguration().getRuntimeService()
                        .createProcessInstanceQuery().processInstanceId(instance).count() > 0;
            }
            var task = context.getProcessEngineConfiguration().getTaskService().createTaskQuery().taskId(taskId)
                    .singleResult();
            // a note written on a task belongs to that task's case, not to one the writer names
            return task != null && (instance == null || instance.equals(task.getProcessInstanceId()));
        });
        if (!sees) {
            throw UserFacing.forbidden(new BadUserRequestException("无权查看或添加该任务的备注"));
        }
        if (command instanceof UpdateCommentCmd || command instanceof DeleteTaskCommentCmd
                || command instanceof DeleteProcessInstanceCommentCmd) {
            requireOwnNote(field(command, "commentId"), taskId, instance, user);
        }
    }

    /** A note is changed or removed only by whoever wrote it, one at a time: the history keeps no old text. */
    private void requireOwnNote(String commentId, String taskId, String instance, Authentication user) {
        boolean own = commentId != null && engine.getCommandExecutorTxRequired().execute(context -> {
            var note = taskId != null
                    ? context.getCommentManager().findCommentByTaskIdAndCommentId(taskId, commentId)
                    : context.getCommentManager().findCommentByProcessInstanceIdAndCommentId(instance, commentId);
            return note != null && user.getUserId().equals(note.getUserId());
        });
        if (!own) {
            throw UserFacing.forbidden(new BadUserRequestException("只能修改或删除自己写的备注，且每次一条"));
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
