package org.workright.people;

import java.io.IOException;
import java.io.InputStream;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractGetDeployedFormCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.workright.system.UserFacing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A person completing a task (or starting a process, by form or plain start) sets only what the
 * task's (or start event's) form lets them edit. Tasklist sends exactly those fields, but the
 * engine APIs take any variables with a completion: an enterprise could answer its reply task with
 * another case's number, a forged service date or {@code approved=true}, and the inspectors' next
 * step would show them. Fields the form shows but does not let them edit are {@code disabled} in
 * our forms, so Tasklist does not send them either; anything else is refused with 400 before the
 * engine writes a variable. Whatever a person writes, here or by setting variables directly (a
 * grant only administrators hold), is a plain value, never a serialised object.
 * The application's own calls (no user) are not restricted: they set what the process needs.
 */
final class FormSubmissionGuard extends CommandInterceptor {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The loser of a completion race: 409, and what to do about it. */
    private static RuntimeException gone() {
        return UserFacing.conflict(new OptimisticLockingException("该任务已办理或不存在，请刷新后重试"));
    }

    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl engine;

    FormSubmissionGuard(IdentityService identity, ProcessEngineConfigurationImpl engine) {
        this.identity = identity;
        this.engine = engine;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (EngineCommands.user(identity) == null) {
            return next.execute(command);
        }
        if (command instanceof AbstractSetVariableCmd || command instanceof AbstractPatchVariablesCmd) {
            // writing variables needs a grant only administrators hold; even they write plain values
            refuseObjects(EngineCommands.argument(command, "variables"));
            return next.execute(command);
        }
        if (command instanceof AbstractCorrelateMessageCmd) {
            MessageCorrelationBuilderImpl message = EngineCommands.argument(command, "builder");
            refuseObjects(message.getPayloadProcessInstanceVariables());
            refuseObjects(message.getPayloadProcessInstanceVariablesLocal());
            refuseObjects(message.getPayloadProcessInstanceVariablesToTriggeredScope());
            return next.execute(command);
        }
        if (command instanceof SubmitStartFormCmd) {
            check(EngineCommands.argument(command, "variables"), null,
                    new GetDeployedStartFormCmd(EngineCommands.argument(command, "processDefinitionId")));
            return next.execute(command);
        }
        if (command instanceof StartProcessInstanceCmd) {
            // a plain start (…/start) takes what the start form would: its variables, no others
            ProcessInstantiationBuilderImpl start = EngineCommands.argument(command, "instantiationBuilder");
            check(start.getVariables(), null, new GetDeployedStartFormCmd(definitionId(start)));
            return next.execute(command);
        }
        String taskId = command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd
                ? EngineCommands.argument(command, "taskId") : null;
        if (taskId == null) {
            return next.execute(command);
        }
        try {
            checkTask(taskId, EngineCommands.argument(command,
                    command instanceof SubmitTaskFormCmd ? "properties" : "variables"));
            return next.execute(command);
        } catch (ProcessEngineException lost) {
            // a task completed by someone else in the meantime fails the loser in whatever way it
            // meets the winner's changes first: its candidates' rights gone, the task not found, or
            // (on PostgreSQL) its execution already moved on ("no current activity"). Once the task
            // is gone the loser of the race is told so, not that it may not or that the engine broke
            if (!(lost instanceof OptimisticLockingException) && taskGone(taskId)) {
                throw gone();
            }
            throw lost;
        }
    }

    /** The plain kinds a person's value may have: text, numbers, yes/no, dates (no bytes, files or objects). */
    private static final Set<ValueType> PLAIN = Set.of(ValueType.STRING, ValueType.BOOLEAN, ValueType.INTEGER,
            ValueType.LONG, ValueType.SHORT, ValueType.DOUBLE, ValueType.NUMBER, ValueType.DATE, ValueType.NULL);

    /**
     * The plain Java value a person sent for the variable, or a 400: an object (Java-serialised or
     * JSON) or bytes would reach the engine's serializers, and a letter would print "[B@1e42a725".
     */
    private static Object plainValue(Map<String, ?> variables, String name) {
        // a serialised object's value cannot be read undeserialised: look at its typed value
        Object value = variables instanceof VariableMap typedMap ? typedMap.getValueTyped(name) : variables.get(name);
        if (value instanceof TypedValue typed) {
            if (typed.getType() != null && !PLAIN.contains(typed.getType())) {
                throw unsupported(name);
            }
            value = typed.getValue();
        }
        if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Date)) {
            throw unsupported(name);
        }
        return value;
    }

    private static void refuseObjects(Map<String, ?> variables) {
        if (variables != null) {
            variables.keySet().forEach(name -> plainValue(variables, name));
        }
    }

    private static RuntimeException unsupported(String name) {
        return UserFacing.badRequest(new BadUserRequestException("“" + name + "”的值类型不受支持"));
    }

    private String definitionId(ProcessInstantiationBuilderImpl start) {
        if (start.getProcessDefinitionId() != null) {
            return start.getProcessDefinitionId();
        }
        return engine.getCommandExecutorTxRequired().execute(c -> c.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedLatestProcessDefinitionByKey(start.getProcessDefinitionKey()).getId());
    }

    private boolean taskGone(String taskId) {
        return engine.getCommandExecutorTxRequiresNew().execute(c -> c.getTaskManager().findTaskById(taskId) == null);
    }

    private void checkTask(String taskId, Map<String, Object> submitted) {
        if (taskId == null) {
            throw UserFacing.badRequest(new BadUserRequestException("缺少任务编号"));
        }
        check(submitted, taskId, new GetDeployedTaskFormCmd(taskId));
    }

    /**
     * The form's own rules, held at the engine as Tasklist holds them in the browser: only its
     * editable fields, each of its kind (yes/no for a checkbox, a number for a number, text
     * otherwise), within its length, one of its options; and its required fields (and checkboxes,
     * which Tasklist always sends) present unless a condition may hide them. A gateway missing its
     * yes/no, or a column shorter than the text, would otherwise be a 500.
     */
    private void check(Map<String, Object> submitted, String taskId, AbstractGetDeployedFormCmd form) {
        Map<String, Field> editable = editableFields(taskId, form);
        Map<String, Object> values = submitted == null ? Map.of() : submitted;
        for (String name : values.keySet()) {
            Field field = editable.get(name);
            if (field == null) {
                throw new Refused(name);
            }
            field.check(name, plainValue(values, name));
        }
        editable.forEach((name, field) -> {
            if (field.mandatory() && (values.get(name) == null || "".equals(plainValue(values, name)))) {
                throw refusal("请填写“" + field.label(name) + "”", name);
            }
        });
    }

    /**
     * People read the field's label; the problem's {@code errors[].field} names the variable, which
     * {@link UserFacing#naming} carries in the message for the error filter to take out again.
     */
    private static BadUserRequestException refusal(String message, String field) {
        return UserFacing.badRequest(new BadUserRequestException(UserFacing.naming(message, field)));
    }

    /** A form field a person can edit, with the rules its form gives it. */
    private record Field(String type, String label, boolean required, boolean conditional, Integer maxLength,
            Set<String> options) {

        static Field of(JsonNode component) {
            JsonNode validate = component.path("validate");
            Set<String> options = null;
            if (component.path("values").isArray()) {
                options = new HashSet<>();
                for (JsonNode option : component.path("values")) {
                    options.add(option.path("value").asText());
                }
            }
            // people read the field's label (a date field's is its dateLabel), never its key
            String label = component.path("label").asText(component.path("dateLabel").asText(""));
            return new Field(component.path("type").asText(), label, validate.path("required").asBoolean(false),
                    component.has("conditional"), validate.has("maxLength") ? validate.path("maxLength").asInt() : null,
                    options);
        }

        String label(String name) {
            return label.isBlank() ? name : label;
        }

        boolean mandatory() {
            return !conditional && (required || type.equals("checkbox"));
        }

        void check(String name, Object value) {
            if (value == null) {
                return;
            }
            boolean fits = switch (type) {
                case "checkbox" -> value instanceof Boolean;
                case "number" -> value instanceof Number;
                case "group", "dynamiclist" -> true;
                default -> value instanceof String;
            };
            if (!fits) {
                throw refusal("“" + label(name) + "”的值与表单字段的类型不符", name);
            }
            if (maxLength != null && value instanceof String text && text.length() > maxLength) {
                throw refusal("“" + label(name) + "”内容过长，最多" + maxLength + "字", name);
            }
            if (options != null && !options.contains(String.valueOf(value))) {
                throw refusal("“" + label(name) + "”不是可选的选项", name);
            }
        }
    }

    /**
     * The deployed form's fields a person can edit, by name, with their rules,
     * read with the person's own authorizations, as Tasklist reads the form.
     */
    private Map<String, Field> editableFields(String taskId, AbstractGetDeployedFormCmd form) {
        return engine.getCommandExecutorTxRequired().execute(context -> {
            if (taskId != null && context.getTaskManager().findTaskById(taskId) == null) {
                // completed by someone else in the meantime (or never there): the loser of a race
                throw gone();
            }
            try (InputStream in = form.execute(context)) {
                Map<String, Field> fields = new HashMap<>();
                collect(JSON.readTree(in).path("components"), fields);
                return fields;
            } catch (IOException e) {
                throw new ProcessEngineException("form unreadable", e);
            }
        });
    }

    private static void collect(JsonNode components, Map<String, Field> fields) {
        for (JsonNode component : components) {
            if (!component.path("disabled").asBoolean(false)) {
                String name = component.hasNonNull("key") ? component.get("key").asText()
                        : component.path("path").asText("");
                if (!name.isEmpty()) {
                    // a nested path ("a.b") is one variable "a" holding a group's values
                    fields.put(name.split("\\.")[0], name.contains(".")
                            ? new Field("group", "", false, true, null, null) : Field.of(component));
                }
            }
            collect(component.path("components"), fields);
        }
    }

    static final class Refused extends BadUserRequestException {
        Refused(String field) {
            super("表单中没有可填写的字段“" + field + "”");
            UserFacing.badRequest(this);
        }
    }
}
