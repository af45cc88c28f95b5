package org.workright.casework;

import java.time.LocalDate;
import java.util.Date;

/**
 * A statutory or service-level deadline, the one shape every step hands to its process: the last
 * day still in time, the instant its BPMN timer fires (the start of the next China day, see
 * {@link Deadlines#timerDate}), and the day as people read it (2026年1月5日). A day counted on a
 * year whose holiday notice is not out yet is provisional and says so wherever it is shown.
 */
public record Deadline(LocalDate day, Date timer, boolean provisional) {

    /**
     * Said after a provisional deadline, in tasks and letters. A provisional year lacks the notice's
     * make-up working days, so the true deadline can only be the same day or earlier: say so.
     */
    public static String provisionalNote(int year) {
        return "（暂定：" + year + "年节假日安排尚未公布，实际期限可能提前）";
    }

    public String text() {
        return chineseDate(day) + note();
    }

    /** What follows the date where a letter prints it: the provisional note, or nothing. */
    public String note() {
        return provisional ? provisionalNote(day.getYear()) : "";
    }

    /** How official letters and task pages print a day: 2026年1月5日, no leading zeros. */
    public static String chineseDate(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
