package org.workright.legalaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.workright.calendar.StatutoryCalendar;
import org.workright.casework.Deadlines;
import org.workright.legalaid.LegalAidCaseRepository.StageEntry;

/**
 * The dispute clocks (Labour Dispute Mediation and Arbitration Law arts 14, 27, 29, 43, 47-50; Work
 * Injury Insurance Regulations art 17) at their bounds, on the real statutory calendar: a last day on
 * a rest day moves to the next working day (Civil Code art 203).
 */
class DisputeClocksTest {

    private static final LegalAidProperties PROPERTIES = new LegalAidProperties(new BigDecimal("1900"), 15, 7, 2, 3, 1,
            7, 7, 30, LegalAidDistricts.CountyFrom.EMPLOYER, new LegalAidProperties.Objection("昆明市总工会", "示例路1号"),
            new LegalAidProperties.Office("昆明市总工会法律援助中心", "示例路1号", "0871-12351"));
    private static final Deadlines DEADLINES = new Deadlines(StatutoryCalendar.loadDefault(),
            Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC));
    private final DisputeClocks clocks = new DisputeClocks(DEADLINES, PROPERTIES, new BigDecimal("1990"));
    private final List<StageEntry> history = new ArrayList<>();

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private void record(DisputeStage stage, String on) {
        history.add(new StageEntry(stage, day(on), null, "lawyer1", null, null, null));
    }

    private void award(String on, AwardSubject subject, String amount) {
        BigDecimal value = amount == null ? null : new BigDecimal(amount);
        history.add(new StageEntry(DisputeStage.AWARD, day(on), null, "lawyer1", value, subject,
                clocks.finalAward(subject, value)));
    }

    /** A case in hand at its latest recorded stage. */
    private LegalAidCase inHand(ClaimType claim, String knownOn) {
        StageEntry last = history.stream().filter(e -> e.stage().isStage()).reduce((a, b) -> b).orElse(null);
        return new LegalAidCase("LA-2026-00001", "ONLINE", CaseStatus.HANDLING, ApplicantKind.WORKER, "李四",
                "11010519491231002X", "13800138000", null, null, false, MeansTestExemption.NONE, new BigDecimal("1500"),
                "昆明示例公司", null, claim, new BigDecimal("20000"), "事实", day(knownOn), true, null, null, false, false,
                false, last == null ? DisputeStage.NONE : last.stage(), last == null ? null : last.occurredOn(), null,
                null, null, null, null, "lawyer1", null, null, null, null, null, null,
                OffsetDateTime.parse("2026-01-05T10:00:00+08:00"), "office1");
    }

    private List<String> running(ClaimType claim, String knownOn) {
        return clocks.running(inHand(claim, knownOn), history).stream().map(DisputeClocks.Clock::text).toList();
    }

    @Test
    void theCommissionHasFiveDaysToAccept_thenTheWorkerMaySue() {
        record(DisputeStage.ARBITRATION_APPLIED, "2026-03-02");
        // 7 March is a Saturday: Monday 9 March
        assertThat(running(ClaimType.OTHER_LABOUR, "2026-02-01"))
                .containsExactly("仲裁委员会决定是否受理的期限（5日）届满；逾期未作出决定或者不予受理的，可以向人民法院提起诉讼（第二十九条）：2026年3月9日");
    }

    @Test
    void anAwardIsDue45DaysAfterAcceptance_or60WhenExtended() {
        record(DisputeStage.ARBITRATION, "2026-03-02");
        assertThat(running(ClaimType.OTHER_LABOUR, "2026-02-01")).singleElement().asString()
                .contains("受理后45日").endsWith("2026年4月16日");

        record(DisputeStage.ARBITRATION_EXTENDED, "2026-04-10");
        // 1 May is in the Labour Day holiday (1-5 May): Wednesday 6 May
        assertThat(running(ClaimType.OTHER_LABOUR, "2026-02-01")).singleElement().asString()
                .contains("延长15日").contains("第四十三条").endsWith("2026年5月6日");
    }

    @ParameterizedTest(name = "{0} {1} -> final {2}")
    @CsvSource({
        // art 47(1): 12 x 1990 = 23880, "不超过" includes the bound
        "RECOURSE,  23880.00,  true",
        "RECOURSE,  23880.01,  false",
        "RECOURSE,  ,          false",
        // art 47(2): working time, rest and social-insurance standards, whatever the amount
        "STANDARDS, 500000,    true",
        "STANDARDS, ,          true",
        "OTHER,     100,       false",
    })
    void anAwardIsFinalByAmountOrBySubject(AwardSubject subject, BigDecimal amount, boolean isFinal) {
        assertThat(clocks.finalAward(subject, amount)).isEqualTo(isFinal);
    }

    @Test
    void aFinalAwardGivesTheEmployerThirtyDaysToApplyToSetItAside() {
        award("2026-03-02", AwardSubject.RECOURSE, "23880");
        assertThat(running(ClaimType.WAGE_ARREARS, "2026-02-01")).containsExactly(
                "终局裁决（按当地月最低工资标准1990元的12个月即23880元判断，以裁决书载明为准）：劳动者不服的起诉期限（15日，第四十八条）届满：2026年3月17日",
                "终局裁决自作出之日起发生法律效力；用人单位申请撤销裁决的期限（30日，第四十九条）届满：2026年4月1日");
    }

    @Test
    void aNonFinalAwardGivesBothSidesFifteenDaysToSue() {
        award("2026-03-02", AwardSubject.OTHER, null);
        assertThat(running(ClaimType.CONTRACT_TERMINATION, "2026-02-01")).singleElement().asString()
                .contains("非终局裁决").contains("第五十条").endsWith("2026年3月17日");
    }

    @Test
    void anInterruptionStartsTheLimitationAgain() {
        assertThat(running(ClaimType.OTHER_LABOUR, "2025-06-01")).containsExactly("劳动争议仲裁时效（一年）届满：2026年6月1日");

        record(DisputeStage.LIMITATION_INTERRUPTED, "2026-03-02");

        assertThat(running(ClaimType.OTHER_LABOUR, "2025-06-01"))
                .containsExactly("劳动争议仲裁时效（一年）（自2026年3月2日中断后重新计算）届满：2027年3月2日"
                        + "（暂定：2027年节假日安排尚未公布，实际期限可能提前）");
    }

    @Test
    void aSuspensionInTheLastSixMonthsStopsTheLimitation_andTheRestRunsOnAfterIt() {
        record(DisputeStage.LIMITATION_SUSPENDED, "2026-01-10");
        assertThat(running(ClaimType.OTHER_LABOUR, "2025-06-01"))
                .containsExactly("劳动争议仲裁时效（一年）自2026年1月10日起中止，中止原因消除后继续计算");

        record(DisputeStage.SUSPENSION_ENDED, "2026-02-01");

        // 142 days were left on 10 January; they run from 1 February
        assertThat(running(ClaimType.OTHER_LABOUR, "2025-06-01"))
                .containsExactly("劳动争议仲裁时效（一年）（中止后自2026年2月1日继续计算）届满：2026年6月23日");
    }

    @Test
    void anObstacleOverBeforeTheLastSixMonthsDoesNotStopIt() {
        record(DisputeStage.LIMITATION_SUSPENDED, "2025-10-01");
        record(DisputeStage.SUSPENSION_ENDED, "2025-11-30");
        assertThat(running(ClaimType.OTHER_LABOUR, "2025-06-01")).containsExactly("劳动争议仲裁时效（一年）届满：2026年6月1日");
    }

    @Test
    void anObstacleLastingIntoTheLastSixMonthsSuspendsFromTheirStart() {
        record(DisputeStage.LIMITATION_SUSPENDED, "2025-11-30");
        record(DisputeStage.SUSPENSION_ENDED, "2026-02-01");
        // suspended from 1 December 2025 (six months before the end), 182 days left; from 1 February
        // they end on Sunday 2 August, so Monday 3 August
        assertThat(running(ClaimType.OTHER_LABOUR, "2025-06-01"))
                .containsExactly("劳动争议仲裁时效（一年）（中止后自2026年2月1日继续计算）届满：2026年8月3日");
    }

    @Test
    void anInterruptionAfterTheLimitationEndedDoesNotReviveIt() {
        record(DisputeStage.LIMITATION_INTERRUPTED, "2026-02-01");
        // it ended on 5 January 2026; a claim made after that does not start it again
        assertThat(running(ClaimType.OTHER_LABOUR, "2025-01-05")).containsExactly("劳动争议仲裁时效（一年）届满：2026年1月5日");
    }

    @Test
    void eventsCountInTheOrderTheyHappened_notTheOrderTheyWereRecorded() {
        record(DisputeStage.LIMITATION_INTERRUPTED, "2026-03-01");
        record(DisputeStage.LIMITATION_SUSPENDED, "2026-01-10");
        record(DisputeStage.SUSPENSION_ENDED, "2026-02-01");
        // the suspension first (to 23 June), then the interruption starts a year from 1 March; 2027 is
        // provisional, and the day says so
        assertThat(running(ClaimType.OTHER_LABOUR, "2025-06-01")).singleElement().asString()
                .startsWith("劳动争议仲裁时效（一年）（自2026年3月1日中断后重新计算）届满：2027年3月1日")
                .contains("暂定");
    }

    @Test
    void aCivilLimitationEndsSixMonthsAfterTheSuspensionEnds() {
        record(DisputeStage.LIMITATION_SUSPENDED, "2026-01-10");
        record(DisputeStage.SUSPENSION_ENDED, "2026-02-01");
        // Civil Code art 194: 1 August 2026 is a Saturday, so Monday 3 August
        assertThat(running(ClaimType.PERSONAL_RIGHTS, "2023-06-01"))
                .containsExactly("民事诉讼时效（三年）（中止后自2026年2月1日继续计算）届满：2026年8月3日");
    }

    @Test
    void aWorkInjuryClaimNeedsItsRecognitionAppliedForWithinAYear() {
        assertThat(running(ClaimType.WORK_INJURY, "2025-09-15")).contains(
                "申请工伤认定的期限（事故伤害发生或职业病诊断之日起一年，工伤保险条例第十七条；已申请或已认定的请记录）届满：2026年9月15日");

        record(DisputeStage.INJURY_RECOGNITION_APPLIED, "2026-03-02");

        assertThat(running(ClaimType.WORK_INJURY, "2025-09-15")).noneMatch(c -> c.contains("工伤认定"));
    }

    /**
     * Each clock, once it is the nearest, is what the lawyer is reminded of: 7 days ahead, or at once
     * when it is nearer than that (today is Monday 2 March 2026; the routine check would be 1 April).
     */
    @ParameterizedTest(name = "{0} on {1} -> reminder on {2} citing {3}")
    @CsvSource({
        // 5 days: 7 March, a Saturday, so Monday 9 March, within 7 days: at once
        "ARBITRATION_APPLIED,    2026-03-02, 2026-03-02T10:00, 第二十九条",
        // 45 days: 6 April is in the Qingming holiday, so 7 April; reminded 31 March
        "ARBITRATION,            2026-02-20, 2026-03-31T00:00, 第四十三条",
        // 60 days from 1 February: Thursday 2 April; reminded 26 March
        "ARBITRATION_EXTENDED,   2026-02-01, 2026-03-26T00:00, 延长15日",
        // 15 days: Thursday 12 March; reminded 5 March
        "AWARD,                  2026-02-25, 2026-03-05T00:00, 第五十条",
        // a year from the interruption: Friday 20 March 2026; reminded 13 March
        "LIMITATION_INTERRUPTED, 2025-03-20, 2026-03-13T00:00, 中断后重新计算",
    })
    void eachClockRemindsTheLawyer(DisputeStage event, String on, String remindAt, String cites) {
        switch (event) {
            case ARBITRATION_EXTENDED -> {
                record(DisputeStage.ARBITRATION, on);
                record(event, "2026-03-01");
            }
            case AWARD -> award(on, AwardSubject.OTHER, null);
            default -> record(event, on);
        }
        DisputeClocks.Reminder reminder = clocks.next(inHand(ClaimType.OTHER_LABOUR, "2025-02-01"), history, Set.of());

        assertThat(reminder.text()).contains(cites);
        assertThat(reminder.at()).isEqualTo(java.util.Date.from(java.time.LocalDateTime.parse(remindAt)
                .atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant()));
    }

    @Test
    void eachNewClockFiresItsReminderAheadOfTheRoutineCheck() {
        record(DisputeStage.ARBITRATION_APPLIED, "2026-03-02");
        DisputeClocks.Reminder first = clocks.next(inHand(ClaimType.OTHER_LABOUR, "2026-02-01"), history, Set.of());
        // the 5 days end within the lead time: the reminder is due at once
        assertThat(first.text()).contains("第二十九条");
        assertThat(first.at()).isEqualTo(java.util.Date.from(Instant.parse("2026-03-02T02:00:00Z")));

        DisputeClocks.Reminder after = clocks.next(inHand(ClaimType.OTHER_LABOUR, "2026-02-01"), history,
                Set.of(first.key()));
        assertThat(after.text()).startsWith("例行进度检查").contains("法律援助法第四十六条");
    }
}
