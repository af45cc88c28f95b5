package org.workright.legalaid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.workright.casework.Deadlines;

/**
 * The dispute clocks of a case in hand (Labour Dispute Mediation and Arbitration Law arts 14, 27, 43, 48) and the next reminder to its lawyer: the
 * earliest of "a clock runs out in N days" and the routine progress check, so a reminder is
 * always scheduled while the case is open.
 */
final class DisputeClocks {

    /** A statutory period running on the case. */
    record Clock(LocalDate deadline, String label) {
    }

    /** @param key identifies the reminder, so an acknowledged one is not given again */
    record Reminder(Date at, String text, String key) {
    }

    private final Deadlines deadlines;
    private final LegalAidProperties properties;

    DisputeClocks(Deadlines deadlines, LegalAidProperties properties) {
        this.deadlines = deadlines;
        this.properties = properties;
    }

    List<Clock> running(LegalAidCase c) {
        List<Clock> clocks = new ArrayList<>();
        DisputeStage stage = c.disputeStage();
        if (stage == DisputeStage.NONE || stage == DisputeStage.ADVICE || stage == DisputeStage.MEDIATION) {
            LegalAidRules.limitationEnds(c.claimType(), c.infringementKnownOn(), c.stillEmployed(), c.leftEmploymentOn())
                    .map(end -> new Clock(deadlines.calendarDaysFrom(end, 0), c.claimType().limitation().label() + "届满"))
                    .ifPresent(clocks::add);
        }
        if (c.stageDate() != null) {
            switch (stage) {
                case MEDIATION -> clocks.add(new Clock(deadlines.calendarDaysFrom(c.stageDate(), 15),
                        "调解期限（15日）届满，未达成协议的可申请仲裁"));
                case ARBITRATION -> clocks.add(new Clock(deadlines.calendarDaysFrom(c.stageDate(), 45),
                        "仲裁裁决期限（受理后45日，经批准可延长15日）届满"));
                case AWARD -> clocks.add(new Clock(deadlines.calendarDaysFrom(c.stageDate(), 15),
                        "不服仲裁裁决向人民法院起诉的期限（15日）届满"));
                default -> {
                }
            }
        }
        if (c.proceduralDeadline() != null) {
            clocks.add(new Clock(c.proceduralDeadline(), "申请时登记的程序期限届满"));
        }
        return clocks;
    }

    /**
     * The earliest reminder not yet acknowledged: a running clock enters its lead window (or is
     * already in it), else the routine progress check.
     */
    Reminder next(LegalAidCase c, Set<String> acknowledged) {
        LocalDate today = deadlines.today();
        LocalDate check = today.plusDays(properties.progressCheckDays());
        Reminder progress = new Reminder(deadlines.reminderDate(check, 0),
                "例行进度检查（%d年%d月%d日）：请记录案件最新进展".formatted(check.getYear(), check.getMonthValue(),
                        check.getDayOfMonth()), "progress@" + check);
        return running(c).stream()
                .filter(clock -> !clock.deadline().isBefore(today))
                .map(clock -> new Reminder(deadlines.reminderDate(clock.deadline(), properties.reminderLeadDays()),
                        "%s：%d年%d月%d日".formatted(clock.label(), clock.deadline().getYear(),
                                clock.deadline().getMonthValue(), clock.deadline().getDayOfMonth()),
                        clock.label() + "@" + clock.deadline()))
                .filter(r -> !acknowledged.contains(r.key()))
                .filter(r -> r.at().before(progress.at()))
                .min(Comparator.comparing(Reminder::at))
                .orElse(progress);
    }
}
