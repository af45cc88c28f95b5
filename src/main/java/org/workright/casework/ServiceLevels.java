package org.workright.casework;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The due date of a step that no statute times: a service level the federation sets
 * ({@code workright.service-levels}, working days by process key and BPMN id, else the default), counted by the
 * statutory clock like every other deadline. A user task names it as
 * {@code camunda:dueDate="${serviceLevels.due(execution)}"}; statutory steps keep their own dates.
 */
@Component("serviceLevels")
public class ServiceLevels {

    @ConfigurationProperties("workright.service-levels")
    record Levels(int defaultWorkingDays, Map<String, Map<String, Integer>> workingDays) {
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(Levels.class)
    static class Properties {
    }

    private final Deadlines deadlines;
    private final Levels levels;

    ServiceLevels(Deadlines deadlines, Levels levels) {
        this.deadlines = deadlines;
        this.levels = levels;
    }

    /** When the step the execution has just reached is due: the end of its last working day. */
    public Date due(DelegateExecution execution) {
        int days = workingDaysFor(ProcessVariables.processKey(execution), execution.getCurrentActivityId());
        return deadlines.timerDate(deadlines.workingDaysFrom(deadlines.today(), days));
    }

    /** Keyed by process, then BPMN id: two processes may well both have a Task_Investigate. */
    int workingDaysFor(String processKey, String activityId) {
        Map<String, Integer> byStep = levels.workingDays() == null ? Map.of()
                : levels.workingDays().getOrDefault(processKey, Map.of());
        return byStep.getOrDefault(activityId, levels.defaultWorkingDays());
    }
}
