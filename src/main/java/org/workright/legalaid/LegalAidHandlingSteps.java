package org.workright.legalaid;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workright.casework.Deadlines;
import org.workright.casework.InvalidInput;
import org.workright.people.CurrentUser;
import org.workright.supervision.SupervisionIntake;

/**
 * Handling: the lawyer records the dispute's stages, the arbitration and suit clocks remind them
 * ({@link DisputeClocks}), and the case is closed (LAL art 50), terminated (art 48) or its
 * employer referred to labour-law supervision.
 */
@Service
class LegalAidHandlingSteps {

    private final LegalAidCaseRepository cases;
    private final LegalAidLetters letters;
    private final Deadlines deadlines;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final LegalAidProperties properties;
    private final LegalAidDistricts districts;
    private final SupervisionIntake supervision;

    LegalAidHandlingSteps(LegalAidCaseRepository cases, LegalAidLetters letters, Deadlines deadlines,
            LegalAidProperties properties, CurrentUser currentUser, Clock clock, SupervisionIntake supervision,
            LegalAidDistricts districts) {
        this.properties = properties;
        this.districts = districts;
        this.cases = cases;
        this.letters = letters;
        this.deadlines = deadlines;
        this.currentUser = currentUser;
        this.clock = clock;
        this.supervision = supervision;
    }

    /** The next reminder, and the assigned lawyer as recorded: the authority for who gets the case's tasks. */
    record Reminder(Date at, String text, String key, String lawyerId, String clocks) {
    }

    /**
     * A stage or clock event the lawyer records. An award says what it decided, from which whether it
     * is final follows (LDMAL art 47); a suspension ends only once it began.
     */
    @Transactional
    void recordStage(String caseNo, DisputeStage stage, LocalDate on, String note, AwardSubject awardSubject,
            BigDecimal awardAmount) {
        // the date drives the award and suit clocks, so it must be a real, past date
        if (on == null || on.isAfter(deadlines.today())) {
            throw InvalidInput.naming("请填写已发生的阶段日期（不晚于今天）", "stageDate");
        }
        if (stage == null || stage == DisputeStage.NONE) {
            throw InvalidInput.naming("请选择办案阶段或时效事件", "stage");
        }
        DisputeClocks clocks = clocks(cases.require(caseNo));
        List<LegalAidCaseRepository.StageEntry> history = cases.stages(caseNo);
        Boolean isFinal = null;
        if (stage == DisputeStage.AWARD) {
            if (awardSubject == null) {
                throw InvalidInput.naming("请选择裁决事项，以判断是否为终局裁决（劳动争议调解仲裁法第四十七条）", "awardSubject");
            }
            if (awardSubject == AwardSubject.RECOURSE && awardAmount == null) {
                throw InvalidInput.naming("追索劳动报酬、工伤医疗费、经济补偿或者赔偿金的，请填写裁决金额", "awardAmount");
            }
            isFinal = clocks.finalAward(awardSubject, awardAmount);
        }
        if (stage == DisputeStage.SUSPENSION_ENDED && !suspended(history)) {
            throw InvalidInput.naming("尚未记录时效中止，不能记录中止原因消除", "stage");
        }
        cases.recordStage(caseNo, new LegalAidCaseRepository.StageEntry(stage, on, note, currentUser.id(),
                stage == DisputeStage.AWARD ? awardAmount : null, stage == DisputeStage.AWARD ? awardSubject : null,
                isFinal), OffsetDateTime.now(clock));
    }

    private static boolean suspended(List<LegalAidCaseRepository.StageEntry> history) {
        boolean suspended = false;
        for (var e : history) {
            suspended = e.stage() == DisputeStage.LIMITATION_SUSPENDED
                    || suspended && e.stage() != DisputeStage.SUSPENSION_ENDED
                            && e.stage() != DisputeStage.LIMITATION_INTERRUPTED;
        }
        return suspended;
    }

    /** The next reminder, and every clock now running, as the lawyer's task shows them. */
    Reminder nextReminder(String caseNo, Set<String> acknowledged) {
        LegalAidCase c = cases.require(caseNo);
        DisputeClocks clocks = clocks(c);
        List<LegalAidCaseRepository.StageEntry> history = cases.stages(caseNo);
        DisputeClocks.Reminder next = clocks.next(c, history, acknowledged);
        List<DisputeClocks.Clock> running = clocks.running(c, history);
        String all = running.isEmpty() ? "暂无正在计算的法定期限"
                : running.stream().map(DisputeClocks.Clock::text).collect(Collectors.joining("\n"));
        return new Reminder(next.at(), next.text(), next.key(), c.lawyerId(), all);
    }

    /** The clocks as the case's county counts them, its award measured against its minimum wage. */
    private DisputeClocks clocks(LegalAidCase c) {
        var district = districts.of(c);
        return new DisputeClocks(districts.deadlines(district), properties, district.monthlyMinimumWage());
    }

    /** Office approved the lawyer's closure report: 结案通知书 to the worker (LAL art 50). */
    @Transactional
    void close(String caseNo, String outcome, String report) {
        LegalAidCase c = cases.require(caseNo);
        cases.recordClosureReport(caseNo, outcome, report);
        cases.end(caseNo, CaseStatus.CLOSED, null, null, deadlines.today());
        letters.closure(c, outcome);
    }

    /** Urgent aid whose later review found the worker not eligible ends like any termination. */
    @Transactional
    void terminateUrgentAid(String caseNo, String why) {
        terminate(caseNo, TerminationReason.OTHER, "先行提供法律援助后经审查不符合法律援助条件（法律援助法第四十四条）：" + why);
    }

    /** 终止法律援助决定书 with the statutory ground (LAL art 48). */
    @Transactional
    void terminate(String caseNo, TerminationReason reason, String note) {
        LegalAidCase c = cases.require(caseNo);
        cases.end(caseNo, CaseStatus.TERMINATED, reason, note, deadlines.today());
        letters.termination(c, reason, note);
    }

    /**
     * A systemic problem at the employer goes to labour-law supervision. The worker is not named:
     * the referral carries only the employer and the lawyer's description.
     */
    @Transactional
    String referToSupervision(String caseNo, String description) {
        LegalAidCase c = cases.require(caseNo);
        return supervision.refer(new SupervisionIntake.Referral("LEGAL_AID", caseNo, c.employerCreditCode(),
                c.employerName(), description));
    }
}
