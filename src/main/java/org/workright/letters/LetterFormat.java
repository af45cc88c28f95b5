package org.workright.letters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.List;

import org.workright.casework.Deadline;
import org.workright.system.Zones;

/**
 * Formatting helpers templates call as $fmt: official dates read 2026年1月5日 (no leading zeros).
 * Public because SecureUberspector only lets templates call public methods of public classes.
 */
public final class LetterFormat {

    private static final ZoneId ZONE = Zones.KUNMING;

    public String date(Object value) {
        if (value == null) {
            return "";
        }
        LocalDate d;
        if (value instanceof Date date) {
            d = date.toInstant().atZone(ZONE).toLocalDate();
        } else if (value instanceof TemporalAccessor t) {
            d = LocalDate.from(t);
        } else {
            d = LocalDate.parse(value.toString());
        }
        return Deadline.chineseDate(d);
    }

    /** 12,345.60 元 */
    public String amount(Object value) {
        if (value == null) {
            return "";
        }
        BigDecimal amount = new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
        return "%,.2f".formatted(amount) + "元";
    }

    /** Numbering a person typed before a list item: "1." "2、" "（3）" "4)". */
    private static final java.util.regex.Pattern ENUMERATOR = java.util.regex.Pattern.compile(
            "^(?:[（(]\\s*(\\d{1,2})\\s*[)）]|(\\d{1,2})\\s*(?:[、)）]|[.．](?!\\d)))\\s*(.+)$");

    /**
     * Lines for a numbered list the template numbers itself. Numbering typed by staff is dropped,
     * but only when every line carries it and it runs 1, 2, 3…: "2、3月工资条" on its own is an
     * item, not item 2, and a notice that must list everything at once may not lose a word.
     */
    public List<String> items(Object text) {
        List<String> lines = paragraphs(text);
        List<String> stripped = new java.util.ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            java.util.regex.Matcher m = ENUMERATOR.matcher(lines.get(n));
            String number = m.matches() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
            if (number == null || Integer.parseInt(number) != n + 1) {
                return lines;
            }
            stripped.add(m.group(3).strip());
        }
        return stripped;
    }

    /** Text the template ends with its own 。: a full stop typed at the end is dropped. */
    public String sentence(Object text) {
        return text == null ? "" : text.toString().strip().replaceAll("[。．.；;，,]+$", "");
    }

    /** Splits free text into paragraphs so the template, not the data, decides the markup. */
    public List<String> paragraphs(Object text) {
        if (text == null) {
            return List.of();
        }
        return text.toString().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
