package org.workright.workspace;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.workright.casework.CaseSearch;
import org.workright.letters.LetterService;
import org.workright.system.ProblemException;
import org.workright.system.Zones;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.workright.people.Roles;
import org.workright.casework.CaseworkProcesses;
import org.workright.casework.CaseworkProcess;
import org.springframework.http.HttpStatus;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.time.Duration;
import java.util.Date;

/**
 * The workspace's data: the processes a user may search, a page of cases, and one case with its
 * sections, timeline, open tasks and letters. Scoped exactly as each process's own case API.
 */
@RestController
@Tag(name = "workspace", description = "案件工作台 Case workspace")
class WorkspaceController {

    /** What the timeline shows: the steps people and the system took, not gateways or events. */
    private static final Set<String> STEPS = Set.of("userTask", "serviceTask", "businessRuleTask");

    private final CaseSearch search;
    private final HistoryService history;
    private final TaskService tasks;
    private final LetterService letters;
    private final IdentityService identity;

    WorkspaceController(CaseSearch search, HistoryService history, TaskService tasks, LetterService letters,
            IdentityService identity) {
        this.identity = identity;
        this.search = search;
        this.history = history;
        this.tasks = tasks;
        this.letters = letters;
    }

    record Process(String module, String title, List<CaseSearch.Option> statuses) {
    }

    @GetMapping("/api/workspace/processes")
    @Operation(summary = "可查询的业务 The processes the user may search")
    List<Process> processes(Authentication user) {
        return search.sourcesFor(user).stream()
                .map(s -> new Process(s.process().module(), s.title(), s.statuses())).toList();
    }

    @GetMapping("/api/workspace/cases")
    @Operation(summary = "查找案件 Find cases (paged, sorted in the database)")
    CaseSearch.Page find(@RequestParam(required = false) String process, @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "NEWEST") CaseSearch.Sort sort,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            Authentication user) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "请求内容有误",
                    "结束日期不能早于开始日期", "to");
        }
        if ((long) (Math.max(page, 0) + 1) * Math.max(1, Math.min(size, 100)) > CaseSearch.Query.DEEPEST) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "请求内容有误",
                    "页码过大：请缩小查找范围", "page");
        }
        return search.search(new CaseSearch.Query(process, q, status, from, to, overdue, sort, page, size), user);
    }

    record Step(String name, OffsetDateTime at, String by) {
    }

    record OpenTask(String id, String name, OffsetDateTime due, boolean overdue, String assignee, String link) {
    }

    record LetterEntry(long id, String number, String title, OffsetDateTime issuedAt, String link) {
    }

    /**
     * @param enterpriseFiles whether the user may open the enterprise's file (一企一档) the case names
     * @param page            the process's own page of the case, with its documents (null when it has none)
     */
    record CasePage(String caseRef, String process, List<CaseSearch.Section> sections, List<Step> timeline,
            List<OpenTask> openTasks, List<LetterEntry> letters, boolean enterpriseFiles, String page) {
    }

    private static boolean enterpriseFiles(Authentication user) {
        return Roles.any(user, Stream.concat(
                Stream.of(Roles.ADMIN),
                CaseworkProcesses.groupsThat(
                        CaseworkProcess.Capability.READ_ENTERPRISE_FILES).stream())
                .toArray(String[]::new));
    }

    @GetMapping("/api/workspace/cases/{caseRef}")
    @Operation(summary = "案件详情 One case: its sections, timeline, open tasks and letters")
    CasePage one(@PathVariable String caseRef, Authentication user) {
        String ref = caseRef.replaceAll("\\s+", "").toUpperCase();
        CaseSearch.Source source = search.source(ref).filter(s -> s.searchableBy(user))
                .orElseThrow(() -> ProblemException.notFound("未找到该案件，或无权查看"));
        List<CaseSearch.Section> sections = source.sections(ref, user)
                .orElseThrow(() -> ProblemException.notFound("未找到该案件，或无权查看"));
        boolean people = source.seesPeople(user);
        List<Step> timeline = people ? named(timeline(ref))
                : timeline(ref).stream().map(s -> new Step(s.name(), s.at(), null)).toList();
        return new CasePage(ref, source.title(), sections, timeline, openTasks(ref, people ? null : user.getName()),
                letters(ref), enterpriseFiles(user), source.page(ref).orElse(null));
    }

    /** People by their names, as Tasklist shows them, not by their login ids. */
    private List<Step> named(List<Step> steps) {
        Map<String, String> names = names(steps.stream().map(Step::by).filter(Objects::nonNull)
                .distinct().toArray(String[]::new));
        return steps.stream().map(s -> s.by() == null ? s : new Step(s.name(), s.at(), names.getOrDefault(s.by(), s.by())))
                .toList();
    }

    /** Display names by user id: 王芳（法律援助中心） (the demo people carry their office as the last name). */
    private Map<String, String> names(String[] ids) {
        if (ids.length == 0) {
            return Map.of();
        }
        return identity.createUserQuery().userIdIn(ids).list().stream()
                .filter(u -> u.getFirstName() != null && !u.getFirstName().isBlank())
                .collect(Collectors.toMap(User::getId,
                        u -> u.getFirstName() + (nullToEmpty(u.getLastName()).isBlank() ? "" : "（" + u.getLastName() + "）")));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private List<Step> timeline(String caseRef) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseRef).list().stream()
                .flatMap(pi -> history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).finished()
                        .list().stream())
                .filter(a -> STEPS.contains(a.getActivityType()) && a.getActivityName() != null)
                .sorted(Comparator.comparing(HistoricActivityInstance::getEndTime))
                .map(a -> new Step(a.getActivityName(), at(a.getEndTime()), a.getAssignee()))
                .toList();
    }

    /** The case's open tasks; for {@code onlyFor}, only those that user may work on (as candidate or assignee). */
    private List<OpenTask> openTasks(String caseRef, String onlyFor) {
        OffsetDateTime now = OffsetDateTime.now(Zones.KUNMING);
        var query = tasks.createTaskQuery().processInstanceBusinessKey(caseRef).active();
        if (onlyFor != null) {
            query.taskCandidateUser(onlyFor).includeAssignedTasks();
        }
        List<Task> open = query.list();
        Map<String, String> names = names(open.stream().map(Task::getAssignee)
                .filter(Objects::nonNull).distinct().toArray(String[]::new));
        return open.stream()
                .sorted(Comparator.comparing(Task::getDueDate,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .map(t -> new OpenTask(t.getId(), t.getName(), t.getDueDate() == null ? null : at(t.getDueDate()),
                        t.getDueDate() != null && t.getDueDate().toInstant().isBefore(now.toInstant()),
                        t.getAssignee() == null ? null : names.getOrDefault(t.getAssignee(), t.getAssignee()),
                        "/camunda/app/tasklist/default/#/?task=" + t.getId()))
                .toList();
    }

    /**
     * What a step the user just took led to, for Tasklist to say after 完成 or 启动流程: the case
     * number and the letters that step issued. Only for the one who took it: the task's assignee,
     * or the user who started the instance (enterprise representatives too, for their own steps).
     */
    record Outcome(String caseRef, String caseLink, String step, List<LetterEntry> letters) {
    }

    /** Letters the step's own transaction issued are stamped within moments of it (the rest runs later, by itself). */
    private static final Duration SAME_STEP = Duration.ofMinutes(1);

    @GetMapping("/api/workspace/outcome")
    @Operation(summary = "刚办理的步骤的结果 What the user's last completion or start led to")
    Outcome outcome(@RequestParam(required = false) String task, @RequestParam(required = false) String processInstance,
            Authentication user) {
        String caseRef;
        String step;
        String instanceId;
        Date at;
        if (task != null) {
            var done = history.createHistoricTaskInstanceQuery().taskId(task).finished().singleResult();
            if (done == null || !user.getName().equals(done.getAssignee())) {
                throw ProblemException.notFound("未找到您刚办理的任务");
            }
            caseRef = businessKey(done.getProcessInstanceId());
            instanceId = done.getProcessInstanceId();
            step = done.getName();
            at = done.getEndTime();
        } else if (processInstance != null) {
            var started = history.createHistoricProcessInstanceQuery().processInstanceId(processInstance).singleResult();
            if (started == null || !user.getName().equals(started.getStartUserId())) {
                throw ProblemException.notFound("未找到您刚登记的案件");
            }
            caseRef = started.getBusinessKey();
            instanceId = started.getId();
            step = null;
            at = started.getStartTime();
        } else {
            throw ProblemException.badField("task", "请指明任务或流程实例");
        }
        boolean enterprise = Roles.any(user, Roles.ENTERPRISE);
        // the step's own letters: stamped from its end until the next step of the case ends
        OffsetDateTime from = at(at);
        OffsetDateTime until = history.createHistoricTaskInstanceQuery().processInstanceId(instanceId).finished()
                .finishedAfter(at).list().stream().map(t -> at(t.getEndTime())).filter(from::isBefore)
                .min(Comparator.naturalOrder()).orElse(from.plus(SAME_STEP));
        List<LetterEntry> issued = caseRef == null ? List.of() : letters.lettersOf(caseRef).stream()
                .filter(l -> user.getName().equals(l.issuedBy()) && !l.issuedAt().isBefore(from)
                        && l.issuedAt().isBefore(until))
                .map(l -> new LetterEntry(l.id(), l.number(), l.title(), l.issuedAt(), enterprise
                        ? "/api/enterprise/letters/" + l.id() + "/html" : "/api/letters/" + l.id() + "/html"))
                .toList();
        String caseLink = caseRef == null ? null
                : enterprise ? "/workspace/enterprise.html" : "/workspace/case.html?ref=" + caseRef;
        return new Outcome(caseRef, caseLink, step, issued);
    }

    private String businessKey(String processInstanceId) {
        var instance = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

    private List<LetterEntry> letters(String caseRef) {
        return letters.lettersOf(caseRef).stream()
                .map(l -> new LetterEntry(l.id(), l.number(), l.title(), l.issuedAt(), "/api/letters/" + l.id() + "/html"))
                .toList();
    }

    private static OffsetDateTime at(Date date) {
        return date.toInstant().atZone(Zones.KUNMING).toOffsetDateTime();
    }
}
