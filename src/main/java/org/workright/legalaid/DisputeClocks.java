package org.workright.legalaid;

import static java.time.temporal.ChronoUnit.DAYS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.workright.casework.Deadlines;
import org.workright.legalaid.LegalAidCaseRepository.StageEntry;
import org.workright.letters.LetterFormat;

/**
 * The dispute clocks of a case in hand and the next reminder to its lawyer: the earliest of "a clock
 * runs out in N days" and the routine progress check, so a reminder is always scheduled while the
 * case is open. The clocks (Labour Dispute Mediation and Arbitration Law): the limitation with its
 * interruption and suspension (art 27), mediation (art 14), the commission's 5 days to accept (art
 * 29), the award's 45 (+15) days (art 43), the suit after an award (arts 48, 50) and, for a final
 * award (art 47), the employer's 30 days to apply to set it aside (art 49); for work injury the one
 * year to apply for 工伤认定 (Regulations on Work-Related Injury Insurance art 17).
 */
final class DisputeClocks {

    /**
     * A statutory period running on the case; a null deadline stands still (a suspended limitation).
     * {@code note} marks a day in a year whose holidays are provisional.
     */
    record Clock(LocalDate deadline, String label, String note) {

        String text() {
            return deadline == null ? label : label + "：" + DATES.date(deadline) + note;
        }
    }

    private Clock clock(LocalDate deadline, String label) {
        return new Clock(deadline, label, deadline == null ? "" : deadlines.of(deadline).note());
    }

    /** @param key identifies the reminder, so an acknowledged one is not given again */
    record Reminder(Date at, String text, String key) {
    }

    private static final LetterFormat DATES = new LetterFormat();

    private final Deadlines deadlines;
    private final LegalAidProperties properties;
    private final BigDecimal monthlyMinimumWage;

    /** The clocks of a case handled where {@code deadlines} count and {@code monthlyMinimumWage} is the local one. */
    DisputeClocks(Deadlines deadlines, LegalAidProperties properties, BigDecimal monthlyMinimumWage) {
        this.deadlines = deadlines;
        this.properties = properties;
        this.monthlyMinimumWage = monthlyMinimumWage;
    }

    /** Art 47(1) by amount against 12 months of the local minimum wage ("不超过" includes it), 47(2) by subject. */
    boolean finalAward(AwardSubject subject, BigDecimal amount) {
        return subject == AwardSubject.STANDARDS || subject == AwardSubject.RECOURSE && amount != null
                && amount.compareTo(monthlyMinimumWage.multiply(BigDecimal.valueOf(12))) <= 0;
    }

    /** How finality was told, so the lawyer can check it against the award itself. */
    private String threshold() {
        BigDecimal twelve = monthlyMinimumWage.multiply(BigDecimal.valueOf(12));
        return "按当地月最低工资标准" + monthlyMinimumWage.stripTrailingZeros().toPlainString() + "元的12个月即"
                + twelve.stripTrailingZeros().toPlainString() + "元判断，以裁决书载明为准";
    }

    List<Clock> running(LegalAidCase c, List<StageEntry> history) {
        List<Clock> clocks = new ArrayList<>();
        DisputeStage stage = c.disputeStage();
        if (stage == DisputeStage.NONE || stage == DisputeStage.ADVICE || stage == DisputeStage.MEDIATION) {
            limitation(c, history).ifPresent(clocks::add);
        }
        if (c.claimType() == ClaimType.WORK_INJURY
                && history.stream().noneMatch(e -> e.stage() == DisputeStage.INJURY_RECOGNITION_APPLIED)) {
            clocks.add(clock(due(c.infringementKnownOn().plusYears(1)),
                    "申请工伤认定的期限（事故伤害发生或职业病诊断之日起一年，工伤保险条例第十七条；已申请或已认定的请记录）届满"));
        }
        if (c.stageDate() != null) {
            LocalDate on = c.stageDate();
            switch (stage) {
                case MEDIATION -> clocks.add(clock(deadlines.calendarDaysFrom(on, 15),
                        "调解期限（15日）届满，未达成协议的可申请仲裁"));
                case ARBITRATION_APPLIED -> clocks.add(clock(deadlines.calendarDaysFrom(on, 5),
                        "仲裁委员会决定是否受理的期限（5日）届满；逾期未作出决定或者不予受理的，可以向人民法院提起诉讼（第二十九条）"));
                case ARBITRATION -> {
                    boolean extended = history.stream().anyMatch(e -> e.stage() == DisputeStage.ARBITRATION_EXTENDED
                            && !e.occurredOn().isBefore(on));
                    clocks.add(clock(deadlines.calendarDaysFrom(on, extended ? 60 : 45), extended
                            ? "延长后的仲裁裁决期限（受理后45日，延长15日）届满；逾期未作出裁决的，可以向人民法院提起诉讼（第四十三条）"
                            : "仲裁裁决期限（受理后45日）届满；未延长又未作出裁决的，可以向人民法院提起诉讼（第四十三条）"));
                }
                case AWARD -> award(on, history, clocks);
                default -> {
                }
            }
        }
        if (c.proceduralDeadline() != null) {
            clocks.add(clock(c.proceduralDeadline(), "申请时登记的程序期限届满"));
        }
        return clocks;
    }

    private void award(LocalDate on, List<StageEntry> history, List<Clock> clocks) {
        boolean isFinal = history.stream().filter(e -> e.stage() == DisputeStage.AWARD).reduce((a, b) -> b)
                .map(e -> Boolean.TRUE.equals(e.awardFinal())).orElse(false);
        LocalDate suit = deadlines.calendarDaysFrom(on, 15);
        if (isFinal) {
            clocks.add(clock(suit, "终局裁决（" + threshold() + "）：劳动者不服的起诉期限（15日，第四十八条）届满"));
            clocks.add(clock(deadlines.calendarDaysFrom(on, 30),
                    "终局裁决自作出之日起发生法律效力；用人单位申请撤销裁决的期限（30日，第四十九条）届满"));
        } else {
            clocks.add(clock(suit, "非终局裁决：双方不服的起诉期限（15日，第五十条）届满；期满不起诉的，裁决发生法律效力"));
        }
    }

    /**
     * The limitation, moved by what the lawyer recorded, in the order the events happened: an
     * interruption while it still runs starts it again from that day (art 27 ¶2); an obstacle that
     * lasts into its last six months suspends it from the start of that window (or from the obstacle,
     * if later) until the cause is gone, after which the rest runs on (art 27 ¶3; for civil claims,
     * Civil Code art 194: it ends six months after the cause is gone).
     */
    private Optional<Clock> limitation(LegalAidCase c, List<StageEntry> history) {
        ClaimType.Limitation kind = c.claimType().limitation();
        Optional<LocalDate> computed = LegalAidRules.limitationEnds(c.claimType(), c.infringementKnownOn(),
                c.stillEmployed(), c.leftEmploymentOn());
        if (computed.isEmpty()) {
            return Optional.empty();
        }
        LocalDate end = computed.get();
        String label = kind.label() + "届满";
        LocalDate obstacleSince = null;
        List<StageEntry> byDate = history.stream().sorted(Comparator.comparing(StageEntry::occurredOn)).toList();
        for (StageEntry e : byDate) {
            switch (e.stage()) {
                case LIMITATION_INTERRUPTED -> {
                    // an expired limitation is not revived by a later claim
                    if (!e.occurredOn().isAfter(end)) {
                        end = e.occurredOn().plusYears(kind.years());
                        obstacleSince = null;
                        label = kind.label() + "（自" + DATES.date(e.occurredOn()) + "中断后重新计算）届满";
                    }
                }
                case LIMITATION_SUSPENDED -> {
                    if (!e.occurredOn().isAfter(end)) {
                        obstacleSince = e.occurredOn();
                    }
                }
                case SUSPENSION_ENDED -> {
                    if (obstacleSince != null) {
                        LocalDate suspendedFrom = later(obstacleSince, end.minusMonths(6));
                        if (e.occurredOn().isAfter(suspendedFrom)) {
                            end = kind == ClaimType.Limitation.CIVIL ? e.occurredOn().plusMonths(6)
                                    : e.occurredOn().plusDays(DAYS.between(suspendedFrom, end));
                            label = kind.label() + "（中止后自" + DATES.date(e.occurredOn()) + "继续计算）届满";
                        }
                        obstacleSince = null;
                    }
                }
                default -> {
                }
            }
        }
        if (obstacleSince != null) {
            LocalDate suspendedFrom = later(obstacleSince, end.minusMonths(6));
            if (!deadlines.today().isBefore(suspendedFrom)) {
                return Optional.of(clock(null, kind.label() + "自" + DATES.date(suspendedFrom)
                        + "起中止，中止原因消除后继续计算"));
            }
            label = kind.label() + "届满（已记录中止事由；持续至" + DATES.date(suspendedFrom) + "的，时效自该日起中止）";
        }
        return Optional.of(clock(due(end), label));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** A period's last day, moved past rest days (Civil Code art 203). */
    private LocalDate due(LocalDate lastDay) {
        return deadlines.calendarDaysFrom(lastDay, 0);
    }

    /**
     * The earliest reminder not yet acknowledged: a running clock enters its lead window (or is
     * already in it), else the routine progress check.
     */
    Reminder next(LegalAidCase c, List<StageEntry> history, Set<String> acknowledged) {
        LocalDate today = deadlines.today();
        LocalDate check = today.plusDays(properties.progressCheckDays());
        Reminder progress = new Reminder(deadlines.reminderDate(check, 0),
                "例行进度检查（%s）：请记录案件最新进展，并告知受援人（法律援助法第四十六条）".formatted(DATES.date(check)),
                "progress@" + check);
        return running(c, history).stream()
                .filter(clock -> clock.deadline() != null && !clock.deadline().isBefore(today))
                .map(clock -> new Reminder(deadlines.reminderDate(clock.deadline(), properties.reminderLeadDays()),
                        clock.text(), clock.label() + "@" + clock.deadline()))
                .filter(r -> !acknowledged.contains(r.key()))
                .filter(r -> r.at().before(progress.at()))
                .min(Comparator.comparing(Reminder::at))
                .orElse(progress);
    }
}
