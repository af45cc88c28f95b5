package org.workright.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.workright.ApplicationTest;

/**
 * Each process's service levels, read from its own {@code processes/<key>.yml}, reach the steps
 * they name, and name only steps that take them: a misspelt BPMN id would silently fall back to
 * the default.
 */
@ApplicationTest
class ServiceLevelsTest {

    @Autowired
    ServiceLevels serviceLevels;
    @Autowired
    ServiceLevels.Levels levels;
    @Value("${workright.service-levels.default-working-days}")
    int defaultDays;

    @Test
    void eachProcessFileSetsItsOwnSteps_keyedByProcessSoIdsMayRepeat() {
        assertThat(serviceLevels.workingDaysFor("legal-aid-request", "Task_HandleCase")).isEqualTo(20);
        assertThat(serviceLevels.workingDaysFor("labour-law-supervision", "Task_Investigate")).isEqualTo(20);
        assertThat(serviceLevels.workingDaysFor("labour-law-supervision", "Task_HandleCase")).isEqualTo(defaultDays);
        assertThat(serviceLevels.workingDaysFor("legal-aid-request", "Task_NotThere")).isEqualTo(defaultDays);
    }

    @Test
    void everyConfiguredStepIsAUserTaskOfItsProcessThatTakesAServiceLevel() {
        List<String> problems = new ArrayList<>();
        levels.workingDays().forEach((process, steps) -> {
            File model = new File("processes", process + ".bpmn");
            if (!model.exists()) {
                problems.add(process + ": no such process");
                return;
            }
            BpmnModelInstance bpmn = Bpmn.readModelFromFile(model);
            steps.keySet().forEach(id -> {
                if (!(bpmn.getModelElementById(id) instanceof UserTask task)
                        || !"${serviceLevels.due(execution)}".equals(task.getCamundaDueDate())) {
                    problems.add(process + "#" + id + ": not a user task with a service-level due date");
                }
            });
        });
        assertThat(levels.workingDays()).containsOnlyKeys(CaseworkProcesses.all().stream()
                .flatMap(p -> p.processKeys().stream()).toArray(String[]::new));
        assertThat(problems).isEmpty();
    }
}
