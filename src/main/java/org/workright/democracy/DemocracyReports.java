package org.workright.democracy;

import static org.workright.casework.ProcessVariables.choice;
import static org.workright.casework.ProcessVariables.date;
import static org.workright.casework.ProcessVariables.flag;
import static org.workright.casework.ProcessVariables.string;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.workright.casework.InvalidInput;
import org.workright.casework.ProcessVariables;
import org.workright.democracy.DemocracyCheck.Status;
import org.workright.democracy.DemocracyProcess.Var;
import org.workright.people.CurrentUser;
import org.workright.system.Zones;

/**
 * The enterprise's reports: the yearly report and each correction report, read from its form,
 * checked for sense (a part never larger than its whole), recorded, and put to the decision table,
 * whose findings (each with its rule and weight) go on the record for the inspector.
 */
@Service
class DemocracyReports {

    /** Longest free text of a report (the way rules were made known, a correction's account). */
    static final int MAX_TEXT = 2000;

    private final DemocracyRepository checks;
    private final DecisionService decisions;
    private final DemocracySettings settings;
    private final CurrentUser currentUser;
    private final Clock clock;

    DemocracyReports(DemocracyRepository checks, DecisionService decisions, DemocracySettings settings,
            CurrentUser currentUser, Clock clock) {
        this.checks = checks;
        this.decisions = decisions;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Task_RecordReport and Task_RecordCorrection: the report as submitted; its number. */
    int record(String caseNo, VariableScope form, boolean correction) {
        DemocracyCheck check = checks.require(caseNo);
        Report report = read(check, checks.lastReportNo(caseNo) + 1, form, correction);
        checks.insertReport(report);
        checks.recordReportReceived(caseNo, correction ? Status.VERIFYING : Status.UNDER_REVIEW, today(),
                report.congressSystem(), report.opennessSystem());
        return report.number();
    }

    /** Task_EvaluateRules: the decision table over the latest report; its findings, recorded. */
    List<Finding> evaluate(String caseNo) {
        Report report = checks.reports(caseNo).stream().reduce((a, b) -> b).orElseThrow();
        List<Finding> findings = decisions.evaluateDecisionByKey(DemocracyProcess.DECISION)
                .variables(Variables.fromMap(inputs(report, settings.rules()))).evaluate().getResultList().stream()
                .map(row -> new Finding(Finding.Source.RULES, (String) row.get("finding"), (String) row.get("rule"),
                        Finding.Weight.ofLabel((String) row.get("weight"))))
                .toList();
        checks.insertFindings(caseNo, report.number(), findings);
        return findings;
    }

    /** Event_SubmissionMissed: no report by the last day, after a reminder; that is a finding of its own. */
    void recordMissed(String caseNo) {
        DemocracyCheck c = checks.require(caseNo);
        checks.recordMissedReport(caseNo);
        checks.insertFindings(caseNo, 0, List.of(new Finding(Finding.Source.NO_SUBMISSION,
                "经催报，至" + org.workright.casework.Deadline.chineseDate(c.finalDue()) + "仍未报送" + c.year()
                        + "年度职工代表大会和厂务公开情况",
                "《企业民主管理规定》", Finding.Weight.FAILURE)));
    }

    /** The decision table's inputs: the report's numbers and the configured local rules. */
    static Map<String, Object> inputs(Report r, DemocracyRules rules) {
        Map<String, Object> v = new HashMap<>(rules.variables());
        v.put("form", r.form().name());
        v.put("staff", r.staff());
        v.put("representatives", r.members());
        v.put("managers", r.managers());
        v.put("frontline", r.frontline());
        v.put("womenRepresentatives", r.womenRepresentatives());
        v.put("womenStaff", r.womenStaff());
        v.put("dispatchedRepresentatives", r.dispatchedRepresentatives());
        v.put("dispatchedStaff", r.dispatchedStaff());
        v.put("termYears", r.termYears());
        v.put("plenarySessions", r.sessions().size());
        v.put("lowestAttendance", r.sessions().stream().mapToInt(Report.Session::attendance).min().orElse(0));
        v.put("fewestInFavour", r.sessions().stream().mapToInt(Report.Session::fewestInFavour).min().orElse(0));
        v.put("rulesPublished", r.rulesPublished());
        v.put("company", r.companyKind() != Report.CompanyKind.NONE);
        v.put("employeeDirector", r.employeeDirector());
        v.put("oversight", r.oversight().name());
        v.put("employeeSupervisors", r.employeeSupervisors());
        v.put("supervisors", r.supervisors());
        v.put("missingOpennessItems", java.util.Arrays.stream(Openness.Item.values())
                .filter(i -> !r.opennessItems().contains(i)).map(Openness.Item::label).collect(Collectors.joining("、")));
        return v;
    }

    private Report read(DemocracyCheck check, int number, VariableScope f, boolean correction) {
        Report.Form form = choice(f, Var.FORM, Report.Form.class);
        int staff = count(f, Var.STAFF, 1, 10_000_000);
        int womenStaff = count(f, Var.WOMEN_STAFF, 0, staff);
        int dispatchedStaff = count(f, Var.DISPATCHED_STAFF, 0, staff);
        boolean congress = form == Report.Form.CONGRESS;
        int representatives = congress ? count(f, Var.REPRESENTATIVES, 1, staff) : 0;
        int managers = congress ? count(f, Var.MANAGERS, 0, representatives) : 0;
        int frontline = congress ? count(f, Var.FRONTLINE, 0, representatives) : 0;
        if (managers + frontline > representatives) {
            throw InvalidInput.naming("中高层管理人员和一线职工代表合计不能多于代表总数" + representatives + "人", Var.FRONTLINE);
        }
        int women = congress ? count(f, Var.WOMEN_REPRESENTATIVES, 0, representatives) : 0;
        int dispatched = congress ? count(f, Var.DISPATCHED_REPRESENTATIVES, 0, representatives) : 0;
        LocalDate termStartsOn = congress ? date(f, Var.TERM_STARTS_ON) : null;
        if (congress && (termStartsOn == null || termStartsOn.isAfter(today()))) {
            throw InvalidInput.naming("请填写本届职工代表大会的开始日期（不晚于今天）", Var.TERM_STARTS_ON);
        }
        int termYears = congress ? count(f, Var.TERM_YEARS, 1, 10) : 0;
        int members = form == Report.Form.ALL_STAFF_MEETING ? staff : representatives;
        List<Report.Session> sessions = form == Report.Form.NONE ? List.of() : sessions(string(f, Var.SESSIONS), check.year(), members);
        String rulesNote = text(f, Var.RULES_NOTE, true);
        Set<Openness.Item> items = EnumSet.noneOf(Openness.Item.class);
        for (Openness.Item item : Openness.Item.values()) {
            if (flag(f, Var.OPENNESS_PREFIX + item.name())) {
                items.add(item);
            }
        }
        Set<Openness.Channel> channels = EnumSet.noneOf(Openness.Channel.class);
        for (Openness.Channel channel : Openness.Channel.values()) {
            if (flag(f, Var.CHANNEL_PREFIX + channel.name())) {
                channels.add(channel);
            }
        }
        if (!items.isEmpty() && channels.isEmpty()) {
            throw InvalidInput.naming("请选择厂务公开的方式（公开栏、内部网站或职工代表大会）", Var.CHANNEL_PREFIX + Openness.Channel.NOTICE_BOARD.name());
        }
        Report.CompanyKind kind = choice(f, Var.COMPANY_KIND, Report.CompanyKind.class);
        boolean company = kind != Report.CompanyKind.NONE;
        Report.Oversight oversight = company ? choice(f, Var.OVERSIGHT, Report.Oversight.class) : Report.Oversight.NONE;
        boolean board = oversight == Report.Oversight.SUPERVISORY_BOARD;
        int supervisors = board ? count(f, Var.SUPERVISORS, 1, 1000) : 0;
        int employeeSupervisors = board ? count(f, Var.EMPLOYEE_SUPERVISORS, 0, supervisors) : 0;
        return new Report(check.caseNo(), number, OffsetDateTime.now(clock), currentUser.id(), form, staff, womenStaff,
                dispatchedStaff, representatives, managers, frontline, women, dispatched, termStartsOn, termYears,
                sessions, rulesNote, flag(f, Var.RULES_PUBLISHED), items, channels, kind,
                company && flag(f, Var.EMPLOYEE_DIRECTOR), oversight, supervisors, employeeSupervisors,
                correction ? text(f, Var.CORRECTION_NOTE, true) : null);
    }

    /**
     * The year's plenary sessions, one a line: "2026-03-20，48，46，审议集体合同草案；厂务公开情况报告"
     * (the day, how many attended, the fewest votes in favour any resolution had, the agenda).
     */
    static List<Report.Session> sessions(String text, int year, int members) {
        List<Report.Session> sessions = new ArrayList<>();
        if (text == null) {
            return sessions;
        }
        for (String line : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            String[] parts = line.split("\\s*[，,]\\s*", 4);
            String where = "第" + (sessions.size() + 1) + "次会议";
            if (parts.length < 4 || parts[3].isBlank()) {
                throw InvalidInput.naming(where + "应写明：日期，出席人数，决议最少赞成票数，议题（用逗号分开）", Var.SESSIONS);
            }
            LocalDate day;
            int attendance;
            int inFavour;
            try {
                day = LocalDate.parse(parts[0]);
                attendance = Integer.parseInt(parts[1]);
                inFavour = Integer.parseInt(parts[2]);
            } catch (DateTimeParseException | NumberFormatException e) {
                throw InvalidInput.naming(where + "的日期应如2026-03-20，人数和票数应为整数", Var.SESSIONS);
            }
            if (day.getYear() != year) {
                throw InvalidInput.naming(where + "的日期不在" + year + "年内", Var.SESSIONS);
            }
            if (attendance < 0 || attendance > members || inFavour < 0 || inFavour > attendance) {
                throw InvalidInput.naming(where + "的出席人数不能多于全体" + members + "人，赞成票数不能多于出席人数", Var.SESSIONS);
            }
            if (parts[3].length() > 1000) {
                throw InvalidInput.naming(where + "的议题过长（最多1000字）", Var.SESSIONS);
            }
            sessions.add(new Report.Session(day, attendance, inFavour, parts[3].strip()));
        }
        if (sessions.size() > 24) {
            throw InvalidInput.naming("全体会议最多填写24次", Var.SESSIONS);
        }
        return sessions;
    }

    private static int count(VariableScope f, String name, int least, int most) {
        if (f.getVariable(name) == null) {
            throw InvalidInput.naming("请填写此项", name);
        }
        int n = ProcessVariables.integer(f, name, 0);
        if (n < least || n > most) {
            throw InvalidInput.naming("应在" + least + "至" + most + "之间", name);
        }
        return n;
    }

    private static String text(VariableScope f, String name, boolean required) {
        String value = string(f, name);
        if (value == null || value.isBlank()) {
            if (required) {
                throw InvalidInput.naming("请填写此项", name);
            }
            return "";
        }
        if (value.length() > MAX_TEXT) {
            throw InvalidInput.naming("最多" + MAX_TEXT + "字", name);
        }
        return value.strip();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Zones.KUNMING);
    }
}
