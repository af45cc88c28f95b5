package org.workright.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.workright.system.Zones;

/**
 * Typed reads of process variables for delegates. Forms submit dates as "2026-01-05" strings and
 * numbers as Long or Double; this is the one place that knows.
 */
public final class ProcessVariables {

    private static final ZoneId ZONE = Zones.KUNMING;

    /**
     * The case a process instance belongs to: its business key, which no form can change (a
     * submitted form may set any variable, including one named caseNo).
     */
    public static String caseNo(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        if (key == null) {
            throw new IllegalStateException("Process instance " + execution.getProcessInstanceId() + " has no case");
        }
        return key;
    }

    /**
     * The key of the execution's process. Not cut from the definition id: Camunda uses a bare UUID
     * there when key, version and UUID would not fit in 64 characters.
     */
    public static String processKey(DelegateExecution execution) {
        return ((ExecutionEntity) execution).getProcessDefinition().getKey();
    }

    public static String string(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    public static String requiredString(VariableScope scope, String name) {
        String value = string(scope, name);
        if (value == null || value.isBlank()) {
            throw InvalidInput.of("缺少必填项：" + name);
        }
        return value;
    }

    /** A multi-line string variable as a set of its non-blank lines. */
    public static Set<String> lines(VariableScope scope, String name) {
        String value = string(scope, name);
        return value == null ? Set.of()
                : value.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toSet());
    }

    public static boolean flag(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    public static int integer(VariableScope scope, String name, int fallback) {
        Object value = scope.getVariable(name);
        if (value instanceof Number n) {
            // a form's number field sends a double: 1e12 or 2.5 is not an int, and intValue() would silently make one
            double d = n.doubleValue();
            if (d != Math.rint(d) || d > Integer.MAX_VALUE || d < Integer.MIN_VALUE) {
                throw InvalidInput.naming("应为整数", name);
            }
            return n.intValue();
        }
        try {
            return value == null ? fallback : Integer.parseInt(value.toString().strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("应为整数：" + name);
        }
    }

    /** One of a form's fixed options; anything else (e.g. sent through the REST API) is a 400. */
    public static <E extends Enum<E>> E choice(VariableScope scope, String name, Class<E> options) {
        String value = requiredString(scope, name).strip();
        try {
            return Enum.valueOf(options, value);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("无效的选项：" + name);
        }
    }

    /** {@link #choice}, or null when the field was left out (a form hides it, or it is optional). */
    public static <E extends Enum<E>> E optionalChoice(VariableScope scope, String name, Class<E> options) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : choice(scope, name, options);
    }

    /** A money amount (a form's number field); null when left empty, a 400 when not a non-negative number. */
    public static java.math.BigDecimal amount(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            java.math.BigDecimal amount = new java.math.BigDecimal(value.toString().strip());
            if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12) {
                throw new NumberFormatException();
            }
            return amount;
        } catch (NumberFormatException e) {
            throw InvalidInput.naming("金额应为不小于0的数字，最多12位整数、2位小数", name);
        }
    }

    public static LocalDate date(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(ZONE).toLocalDate();
        }
        String text = value.toString().strip();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("日期格式应为2026-01-05：" + name);
        }
    }


    private ProcessVariables() {
    }
}
