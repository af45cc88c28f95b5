package org.workright.democracy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.workright.casework.Deadline;
import org.workright.casework.Deadlines;
import org.workright.casework.InvalidInput;
import org.workright.democracy.DemocracyProcess.Var;
import org.workright.people.CurrentUser;
import org.workright.supervision.SupervisionIntake;
import org.workright.system.Zones;

/**
 * The inspector's part: the findings reviewed with the on-site observations, the decision and its
 * letter; the correction verified; a check not corrected by its deadline handed over to labour-law
 * supervision with its findings (ACFTU Labour-Law Supervision Measures: the union's 意见书).
 */
@Service
class DemocracyReview {

    private final DemocracyRepository checks;
    private final DemocracyLetters letters;
    private final DemocracyDistricts districts;
    private final DemocracySettings settings;
    private final SupervisionIntake supervision;
    private final CurrentUser currentUser;
    private final Clock clock;

    DemocracyReview(DemocracyRepository checks, DemocracyLetters letters, DemocracyDistricts districts,
            DemocracySettings settings, SupervisionIntake supervision, CurrentUser currentUser, Clock clock) {
        this.checks = checks;
        this.letters = letters;
        this.districts = districts;
        this.settings = settings;
        this.supervision = supervision;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Event_SubmissionOverdue: the reminder letter, with the last day before a missed report is a finding. */
    void remind(String caseNo) {
        DemocracyCheck c = checks.require(caseNo);
        checks.recordReminder(caseNo, today());
        letters.reminder(checks.require(caseNo), districts.deadlines(c.districtCode()).of(c.finalDue()));
    }

    /**
     * Task_RecordReview: the inspector's observations (one a line, each a failure on site) join the
     * findings; the check is compliant when no failure remains, unless the inspector, giving a reason,
     * judges otherwise. Sets {@code compliant} for the gateway.
     */
    Map<String, Object> decide(String caseNo, String observations, Boolean judgedCompliant, String note) {
        DemocracyCheck c = checks.require(caseNo);
        int reportNo = checks.lastReportNo(caseNo);
        List<Finding> onSite = observations == null ? List.of() : observations.lines().map(String::strip)
                .filter(l -> !l.isEmpty()).map(l -> new Finding(Finding.Source.INSPECTOR, limit(l, Var.OBSERVATIONS),
                        "现场检查", Finding.Weight.FAILURE)).toList();
        checks.insertFindings(caseNo, reportNo, onSite);
        List<Finding> findings = checks.findings(caseNo, reportNo);
        boolean failures = findings.stream().anyMatch(f -> f.weight() == Finding.Weight.FAILURE);
        boolean compliant = judgedCompliant == null ? !failures : judgedCompliant;
        String reason = note == null ? "" : limit(note.strip(), Var.REVIEW_NOTE);
        if (compliant && failures && reason.isEmpty()) {
            throw InvalidInput.naming("检查发现不合格事项，认定合格须说明理由", Var.REVIEW_NOTE);
        }
        if (!compliant && !failures) {
            throw InvalidInput.naming("认定不合格须列明不合格事项：请在“现场检查发现”中逐行填写", Var.OBSERVATIONS);
        }
        Deadlines deadlines = districts.deadlines(c.districtCode());
        LocalDate due = compliant ? null : deadlines.calendarDaysFrom(today(), settings.periods().rectificationDays());
        checks.recordDecision(caseNo, compliant, reason.isEmpty() ? null : reason, today(), currentUser.id(), due);
        DemocracyCheck decided = checks.require(caseNo);
        if (compliant) {
            letters.compliant(decided, false, warnings(findings), "compliant");
        } else {
            letters.rectification(decided, findings.stream().filter(f -> f.weight() == Finding.Weight.FAILURE).toList(),
                    deadlines.of(due));
        }
        return Map.of(Var.COMPLIANT, compliant);
    }

    /**
     * Task_RecordVerification: whether the correction report puts every finding right; if not, the
     * enterprise reports again while its deadline runs, and is handed over once it has passed.
     */
    Map<String, Object> verify(String caseNo, boolean corrected, String note) {
        DemocracyCheck c = checks.require(caseNo);
        String reason = note == null ? "" : limit(note.strip(), Var.VERIFY_NOTE);
        List<Finding> latest = checks.findings(caseNo, checks.lastReportNo(caseNo));
        if (corrected) {
            if (latest.stream().anyMatch(f -> f.weight() == Finding.Weight.FAILURE) && reason.isEmpty()) {
                throw InvalidInput.naming("整改报告仍有不合格事项，认定整改合格须说明理由", Var.VERIFY_NOTE);
            }
            checks.recordCorrected(caseNo, today(), reason.isEmpty() ? c.reviewNote() : reason);
            letters.compliant(checks.require(caseNo), true, warnings(latest), "corrected");
            return Map.of(Var.CORRECTED, true, Var.DEADLINE_PASSED, false);
        }
        if (reason.isEmpty()) {
            throw InvalidInput.naming("请说明整改未到位的情况", Var.VERIFY_NOTE);
        }
        checks.insertFindings(caseNo, checks.lastReportNo(caseNo), List.of(new Finding(Finding.Source.INSPECTOR,
                "整改核查：" + reason, "现场检查", Finding.Weight.FAILURE)));
        boolean passed = today().isAfter(c.rectificationDue());
        checks.setStatus(caseNo, passed ? DemocracyCheck.Status.VERIFYING : DemocracyCheck.Status.RECTIFYING);
        return Map.of(Var.CORRECTED, false, Var.DEADLINE_PASSED, passed);
    }

    /**
     * Task_Escalate: not corrected by the deadline. A supervision case opens through the supervision
     * process's intake, its facts the findings still open; each case names the other.
     */
    String escalate(String caseNo) {
        DemocracyCheck c = checks.require(caseNo);
        List<Finding> open = new ArrayList<>(checks.findings(caseNo, checks.lastReportNo(caseNo)));
        open.removeIf(f -> f.weight() != Finding.Weight.FAILURE);
        StringBuilder facts = new StringBuilder(c.year() + "年度职代会和厂务公开检查（" + caseNo + "）认定不合格，"
                + "经整改通知书要求于" + Deadline.chineseDate(c.rectificationDue()) + "前整改，逾期未整改到位。未整改事项：");
        for (int i = 0; i < open.size(); i++) {
            facts.append('\n').append(i + 1).append(". ").append(open.get(i).line());
        }
        String supervisionCase = supervision.refer(new SupervisionIntake.Referral("DEMOCRACY_CHECK", caseNo,
                c.creditCode(), c.enterpriseName(), facts.toString()));
        checks.recordEscalation(caseNo, supervisionCase);
        return supervisionCase;
    }

    private static List<Finding> warnings(List<Finding> findings) {
        return findings.stream().filter(f -> f.weight() == Finding.Weight.WARNING).toList();
    }

    private static String limit(String text, String field) {
        if (text.length() > 1000) {
            throw InvalidInput.naming("每项最多1000字", field);
        }
        return text;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Zones.KUNMING);
    }
}
