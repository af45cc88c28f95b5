package org.workright.casework;

import java.time.LocalDate;
import java.util.Date;

/**
 * A statutory or service-level deadline, the one shape every step hands to its process: the last
 * day still in time, the instant its BPMN timer fires (the start of the next China day, see
 * {@link Deadlines#timerDate}), and the day as people read it (2026年1月5日).
 */
public record Deadline(LocalDate day, Date timer) {

    public String text() {
        return chineseDate(day);
    }

    /** How official letters and task pages print a day: 2026年1月5日, no leading zeros. */
    public static String chineseDate(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
