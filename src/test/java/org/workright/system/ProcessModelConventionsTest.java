package org.workright.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.workright.casework.CaseworkProcess;
import org.workright.casework.CaseworkProcesses;
import org.workright.casework.EnterpriseParty;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * House rules for everything in {@code processes/} and {@code forms/}, checked on every build (the
 * bpmnlint run in the README covers BPMN syntax; these are the rules bpmnlint cannot know). Each
 * rule collects every offender, so one run lists all that needs fixing.
 */
class ProcessModelConventionsTest {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{\\w+}");
    /** The roles the processes declare: a task for anyone else goes to nobody. */
    private static final Set<String> GROUPS = CaseworkProcesses.roles()
            .map(CaseworkProcess.ProcessRole::group).collect(Collectors.toSet());
    /** Enterprise tasks name the enterprise's own group, resolved per case. */
    private static final String ENTERPRISE_GROUP = "${enterpriseGroup}";
    /** A role held by district is named by the case's district group, resolved per case. */
    private static final Set<String> DISTRICT_GROUPS = CaseworkProcesses.roles()
            .filter(CaseworkProcess.ProcessRole::byDistrict).map(r -> "${" + r.districtGroupVariable() + "}")
            .collect(Collectors.toSet());

    /** The kernel's listener for the tasks an enterprise is a party to. */
    private static final String PARTY_LISTENER = "${" + EnterpriseParty.class.getAnnotation(Component.class).value() + "}";

    private static final Map<String, BpmnModelInstance> PROCESSES = new TreeMap<>();
    private static final Map<String, JsonNode> FORMS = new TreeMap<>();

    @BeforeAll
    static void load() throws IOException {
        for (Path p : files("processes", ".bpmn")) {
            PROCESSES.put(p.getFileName().toString(), Bpmn.readModelFromFile(p.toFile()));
        }
        ObjectMapper json = new ObjectMapper();
        for (Path p : files("forms", ".form")) {
            FORMS.put(p.getFileName().toString(), json.readTree(p.toFile()));
        }
        assertThat(PROCESSES).isNotEmpty();
        assertThat(FORMS).isNotEmpty();
    }

    private static List<Path> files(String dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(new File(dir).toPath())) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static <T extends ModelElementInstance> List<Located<T>> all(Class<T> type) {
        List<Located<T>> found = new ArrayList<>();
        PROCESSES.forEach((file, model) -> model.getModelElementsByType(type)
                .forEach(e -> found.add(new Located<>(file, e))));
        return found;
    }

    private record Located<T>(String file, T element) {
        String where() {
            return file + "#" + ((org.camunda.bpm.model.bpmn.instance.BaseElement) element).getId();
        }
    }

    @Test
    void everyStepHasAChineseName_forCockpitAndTasklist() {
        List<String> unnamed = all(FlowNode.class).stream()
                .filter(n -> n.element().getName() == null || !CHINESE.matcher(n.element().getName()).find())
                .map(Located::where).toList();
        assertThat(unnamed).isEmpty();
    }

    @Test
    void everyUserTaskHasADeployedFormAndARole() {
        Set<String> formIds = new HashSet<>();
        FORMS.values().forEach(f -> formIds.add(f.path("id").asText()));
        List<String> problems = new ArrayList<>();
        for (Located<UserTask> t : all(UserTask.class)) {
            UserTask task = t.element();
            if (!formIds.contains(task.getCamundaFormRef())
                    || !"deployment".equals(task.getCamundaFormRefBinding())) {
                problems.add(t.where() + ": form " + task.getCamundaFormRef() + " not deployed with the process");
            }
            String groups = task.getCamundaCandidateGroups();
            if (groups == null || groups.isBlank()) {
                problems.add(t.where() + ": no candidate group");
                continue;
            }
            for (String group : groups.split(",")) {
                if (!GROUPS.contains(group.strip()) && !ENTERPRISE_GROUP.equals(group.strip())
                        && !DISTRICT_GROUPS.contains(group.strip())) {
                    problems.add(t.where() + ": unknown group " + group);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** A statutory deadline (a variable the step before computed) or the configured service level. */
    @Test
    void everyUserTaskHasADueDate() {
        List<String> undated = all(UserTask.class).stream()
                .filter(t -> t.element().getCamundaDueDate() == null
                        || !(VARIABLE.matcher(t.element().getCamundaDueDate()).matches()
                                || t.element().getCamundaDueDate().equals("${serviceLevels.due(execution)}")))
                .map(Located::where).toList();
        assertThat(undated).isEmpty();
    }

    @Test
    void everyFormIsUsed_andItsFieldsAreLabelledInChinese() {
        Set<String> used = new HashSet<>();
        all(UserTask.class).forEach(t -> used.add(t.element().getCamundaFormRef()));
        all(StartEvent.class).forEach(s -> used.add(s.element().getCamundaFormRef()));
        List<String> problems = new ArrayList<>();
        FORMS.forEach((file, form) -> {
            String id = form.path("id").asText();
            if (!file.equals(id + ".form")) {
                problems.add(file + ": id " + id + " differs from the file name");
            }
            if (!used.contains(id)) {
                problems.add(file + ": no process uses it");
            }
            form.findParents("key").forEach(field -> {
                // date fields carry their label as dateLabel
                String label = field.path("label").asText(field.path("dateLabel").asText());
                if (!CHINESE.matcher(label).find()) {
                    problems.add(file + "#" + field.path("key").asText() + ": label not in Chinese");
                }
            });
        });
        assertThat(problems).isEmpty();
    }

    /**
     * Text written by applicants, enterprises or staff is shown in disabled fields (plain text, and
     * not sent back on submit); markdown text interpolates only values the application generates,
     * so nobody can put a link or markup in front of staff. Shown-only fields are disabled, never
     * readonly: Tasklist submits readonly fields, and the engine refuses fields a form cannot edit.
     */
    @Test
    void formsShowWhatPeopleWroteAsPlainText() {
        Set<String> generated = Set.of("caseNo", "accessCode", "noticeNumber", "noticeLetterId",
                "recommendationNumber", "recommendationLetterId", "replyDueText", "reminderText",
                "inspectionDueText", "eligibilityReason", "receiptNumber", "reviewDueText", "objectionNumber",
                "publicationDueText", "expiresText", "precheckSummary");
        Pattern interpolation = Pattern.compile("\\{\\{\\s*(\\w+)");
        List<String> problems = new ArrayList<>();
        FORMS.forEach((file, form) -> {
            form.findParents("type").forEach(component -> {
                java.util.regex.Matcher m = interpolation.matcher(component.path("text").asText(""));
                while (m.find()) {
                    if (!generated.contains(m.group(1))) {
                        problems.add(file + ": markdown shows " + m.group(1));
                    }
                }
                if (component.path("readonly").asBoolean(false)) {
                    problems.add(file + "#" + component.path("key").asText() + ": readonly instead of disabled");
                }
            });
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTimerIsAStatutoryClockDate() {
        // Durations and cycles would count plain days; deadlines come from the calendar package. A
        // non-interrupting cycle only watches (e.g. urgency each day) and sets no deadline.
        List<String> literal = all(TimerEventDefinition.class).stream()
                .filter(t -> !watch(t.element()))
                .filter(t -> t.element().getTimeDate() == null
                        || !VARIABLE.matcher(t.element().getTimeDate().getTextContent().strip()).matches())
                .map(t -> t.file() + "#" + ((ModelElementInstance) t.element().getParentElement())
                        .getAttributeValue("id"))
                .toList();
        assertThat(literal).isEmpty();
    }

    private static boolean watch(TimerEventDefinition timer) {
        return timer.getTimeCycle() != null && timer.getParentElement() instanceof StartEvent start
                && !start.isInterrupting();
    }

    @Test
    void aChaseOrEscalationEndsWithTheStepItWatches() {
        List<String> problems = new ArrayList<>();
        // a non-interrupting boundary event leaves its path running after the task is done
        all(BoundaryEvent.class).stream().filter(b -> !b.element().cancelActivity())
                .forEach(b -> problems.add(b.where() + ": non-interrupting boundary event"));
        // the event sub-process way: the watched scope must end with a terminate end event
        for (Located<SubProcess> s : all(SubProcess.class)) {
            if (!s.element().triggeredByEvent()) {
                continue;
            }
            if (!(s.element().getParentElement() instanceof SubProcess scope)) {
                // at process level nothing but the end of the whole case would withdraw the chase
                problems.add(s.where() + ": event sub-process outside the scope it watches");
                continue;
            }
            Collection<EndEvent> ends = scope.getChildElementsByType(EndEvent.class);
            if (ends.isEmpty() || !ends.stream().allMatch(e -> e.getEventDefinitions().stream()
                    .anyMatch(d -> d instanceof TerminateEventDefinition))) {
                problems.add(s.where() + ": " + scope.getId() + " must end with terminate end events");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyStartMessageIsCheckedAgainstTheCaseRecord() {
        // anyone allowed to start a process can send its start message, with any business key
        List<String> unguarded = all(StartEvent.class).stream()
                .filter(s -> s.element().getEventDefinitions().stream().anyMatch(d -> d instanceof MessageEventDefinition))
                .filter(s -> s.element().getExtensionElements() == null || s.element().getExtensionElements()
                        .getElementsQuery().filterByType(CamundaExecutionListener.class).list().stream()
                        .noneMatch(l -> "end".equals(l.getCamundaEvent()) && l.getCamundaDelegateExpression() != null
                                && l.getCamundaDelegateExpression().endsWith("CaseStart}")))
                .map(Located::where).toList();
        assertThat(unguarded).isEmpty();
    }

    @Test
    void everyBranchOfADecisionHasACondition() {
        List<String> open = new ArrayList<>();
        for (Located<ExclusiveGateway> g : all(ExclusiveGateway.class)) {
            Collection<SequenceFlow> out = g.element().getOutgoing();
            if (out.size() < 2) {
                continue;
            }
            out.stream().filter(f -> f.getConditionExpression() == null && f != g.element().getDefault())
                    .forEach(f -> open.add(g.where() + " -> " + f.getId()));
        }
        assertThat(open).isEmpty();
    }

    /**
     * A task for an enterprise's own group is declared as the enterprise's task, carries the party
     * listener on create, complete and delete (access exactly while it is open, whatever ends it),
     * and keeps exactly the fields its form lets the enterprise edit; no other task has the listener.
     */
    @Test
    void everyEnterpriseTaskIsDeclaredAndGuardedByThePartyKit() {
        Map<String, Set<String>> declared = new TreeMap<>();
        CaseworkProcesses.all().forEach(p -> p.enterpriseTasks().forEach(t -> declared.put(t.taskId(), t.fields())));
        List<String> problems = new ArrayList<>();
        Set<String> found = new HashSet<>();
        for (Located<UserTask> t : all(UserTask.class)) {
            UserTask task = t.element();
            Set<String> events = task.getChildElementsByType(org.camunda.bpm.model.bpmn.instance.ExtensionElements.class)
                    .stream().flatMap(e -> e.getElementsQuery().filterByType(CamundaTaskListener.class).list().stream())
                    .filter(l -> PARTY_LISTENER.equals(l.getCamundaDelegateExpression()))
                    .map(CamundaTaskListener::getCamundaEvent).collect(Collectors.toSet());
            boolean forEnterprise = String.valueOf(task.getCamundaCandidateGroups()).contains(ENTERPRISE_GROUP);
            if (!forEnterprise && events.isEmpty()) {
                continue;
            }
            found.add(task.getId());
            if (!forEnterprise || !declared.containsKey(task.getId())) {
                problems.add(t.where() + ": enterprise task not declared, or party listener on a task for staff");
                continue;
            }
            if (!events.equals(Set.of("create", "complete", "delete"))) {
                problems.add(t.where() + ": party listener on " + events + " instead of create, complete, delete");
            }
            Set<String> editable = new TreeSet<>();
            FORMS.get(task.getCamundaFormRef() + ".form").findParents("key").stream()
                    .filter(f -> !f.path("disabled").asBoolean(false)).forEach(f -> editable.add(f.path("key").asText()));
            if (!editable.equals(new TreeSet<>(declared.get(task.getId())))) {
                problems.add(t.where() + ": declared fields " + new TreeSet<>(declared.get(task.getId()))
                        + " differ from the form's editable fields " + editable);
            }
        }
        assertThat(found).as("declared enterprise tasks in the models").containsAll(declared.keySet());
        assertThat(problems).isEmpty();
    }

    /**
     * Spring bean names are global: a second process's issueNoticeDelegate would clash. So each
     * delegate bean is named after its process (camel case of the key) and its BPMN id without
     * "Task_" ({@code labourLawSupervisionIssueNotice} for Task_IssueNotice); one delegate serving
     * several steps keeps the name of one of them. Listeners carry the process prefix too, unless
     * they are the kernel's ({@link EnterpriseParty}), which serve every process.
     */
    @Test
    void delegateBeansAreNamedAfterTheirProcessAndBpmnId() {
        List<String> problems = new ArrayList<>();
        PROCESSES.forEach((file, model) -> model.getModelElementsByType(Process.class)
                .forEach(process -> {
                    String prefix = camel(process.getId());
                    List<Task> steps = new ArrayList<>();
                    steps.addAll(model.getModelElementsByType(ServiceTask.class));
                    steps.addAll(model.getModelElementsByType(BusinessRuleTask.class));
                    Set<String> named = new HashSet<>();
                    steps.forEach(t -> named.add("${" + prefix + t.getId().replaceFirst("^Task_", "") + "}"));
                    for (var step : steps) {
                        String bean = step.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "delegateExpression");
                        if (bean == null || !named.contains(bean)) {
                            problems.add(file + "#" + step.getId() + ": " + bean);
                        }
                    }
                    model.getModelElementsByType(CamundaExecutionListener.class)
                            .forEach(l -> check(prefix, l.getCamundaDelegateExpression(), file, problems));
                    model.getModelElementsByType(CamundaTaskListener.class)
                            .forEach(l -> check(prefix, l.getCamundaDelegateExpression(), file, problems));
                }));
        assertThat(problems).isEmpty();
    }

    private static void check(String prefix, String listener, String file, List<String> problems) {
        if (listener != null && !listener.startsWith("${" + prefix) && !listener.equals(PARTY_LISTENER)) {
            problems.add(file + ": listener " + listener + " lacks the prefix " + prefix);
        }
    }

    private static String camel(String key) {
        StringBuilder name = new StringBuilder();
        for (String part : key.split("-")) {
            name.append(name.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return name.toString();
    }

    @Test
    void serviceTasksAreThinDelegatesFromTheContext() {
        List<String> other = all(ServiceTask.class).stream()
                .filter(t -> t.element().getCamundaDelegateExpression() == null
                        || !VARIABLE.matcher(t.element().getCamundaDelegateExpression()).matches())
                .map(Located::where).toList();
        assertThat(other).isEmpty();
    }
}
