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

    /** Said after a provisional deadline, in tasks, letters and on the status page. */
    public static final String PROVISIONAL_NOTE = "（暂定：当年节假日安排尚未公布，以国务院通知为准）";

    public String text() {
        return chineseDate(day) + note();
    }

    /** What follows the date where a letter prints it: the provisional note, or nothing. */
    public String note() {
        return provisional ? PROVISIONAL_NOTE : "";
    }

    /** How official letters and task pages print a day: 2026年1月5日, no leading zeros. */
    public static String chineseDate(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
