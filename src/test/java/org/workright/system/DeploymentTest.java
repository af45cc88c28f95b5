package org.workright.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.workright.ApplicationTest;
import org.workright.ProcessClock;
import org.workright.supervision.SupervisionDriver;

/** What the deployer deploys, and that every model is wired to beans and forms that exist. */
@ApplicationTest
class DeploymentTest {

    @RegisterExtension
    static final ProcessClock clock = ProcessClock.at("2025-09-26T10:00:00+08:00");

    @Autowired
    ProcessDeployer deployer;
    @Autowired
    RepositoryService repository;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProcessEngine engine;

    @Test
    void aRestartWithUnchangedModelsCreatesNoNewVersion() {
        long deployments = repository.createDeploymentQuery().count();
        List<String> definitions = latestDefinitions().stream().map(ProcessDefinition::getId).toList();

        Deployment again = deployer.deploy();

        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(latestDefinitions()).extracting(ProcessDefinition::getId).isEqualTo(definitions);
        assertThat(repository.getDeploymentResourceNames(again.getId()))
                .contains("processes/legal-aid-request.bpmn", "processes/legal-aid-eligibility.dmn",
                        "forms/legal-aid-start.form", "forms/legal-aid-handle.form");
    }

    /**
     * A case running on an older version moves to the latest at start-up: it must not keep a model
     * whose listeners the application no longer has (the reply task's old end listener was one).
     */
    @Test
    void runningCasesMoveToTheLatestVersionOfTheirProcess() {
        init(engine);
        SupervisionDriver driver = new SupervisionDriver(engine);
        ProcessInstance running = driver.noticeServed(driver.register(SupervisionDriver.MACHINERY, false), "2025-09-26");
        String before = running.getProcessDefinitionId();
        BpmnModelInstance model = repository.getBpmnModelInstance(before);
        model.getModelElementsByType(Process.class).iterator().next().setName("劳动法律监督（新版）");
        Deployment next = repository.createDeployment().name("next-version")
                .addModelInstance("processes/labour-law-supervision.bpmn", model).deploy();
        try {
            deployer.migrateRunningCases();

            ProcessInstance moved = engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceId(running.getId()).singleResult();
            assertThat(moved.getProcessDefinitionId()).isNotEqualTo(before)
                    .isEqualTo(repository.createProcessDefinitionQuery().deploymentId(next.getId()).singleResult().getId());
            BpmnAwareTests.assertThat(moved).isWaitingAt("Task_EnterpriseReply");
            complete(task(moved), withVariables("replyText", "已整改", "correctiveMeasures", "已补发"));
            BpmnAwareTests.assertThat(moved).isWaitingAt("Task_FollowUpCheck");
        } finally {
            repository.deleteDeployment(next.getId(), true);
        }
    }

    @Test
    void everyModelElementIsWiredToSomethingThatExists() {
        for (ProcessDefinition definition : latestDefinitions()) {
            BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
            List<String> resources = repository.getDeploymentResourceNames(definition.getDeploymentId());
            Process process = model.getModelElementsByType(Process.class).iterator().next();

            assertThat(process.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive").isNotBlank();
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank();
            }
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                if (flow.getConditionExpression() != null) {
                    assertThat(flow.getName()).as("name of conditional %s", flow.getId()).isNotBlank();
                }
            }
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                assertThat(context.containsBean(bean(task.getCamundaDelegateExpression())))
                        .as("bean for %s", task.getId()).isTrue();
            }
            for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
                assertThat(context.containsBean(bean(task.getCamundaDelegateExpression())))
                        .as("bean for %s", task.getId()).isTrue();
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).isNotBlank();
                assertThat(resources).as("form file of %s", task.getId())
                        .contains("forms/" + task.getCamundaFormRef() + ".form");
                assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
                assertThat(task.getCamundaCandidateGroups() != null || task.getCamundaAssignee() != null)
                        .as("%s is assigned to a role or person", task.getId()).isTrue();
            }
        }
    }

    private List<ProcessDefinition> latestDefinitions() {
        return repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey().asc().list();
    }

    private static String bean(String expression) {
        assertThat(expression).matches("\\$\\{[a-zA-Z]+\\}");
        return expression.substring(2, expression.length() - 1);
    }
}
