package org.workright.letters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.List;

/**
 * Formatting helpers templates call as $fmt: official dates read 2026年1月5日 (no leading zeros).
 * Public because SecureUberspector only lets templates call public methods of public classes.
 */
public final class LetterFormat {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

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
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** 12,345.60 元 */
    public String amount(Object value) {
        if (value == null) {
            return "";
        }
        BigDecimal amount = new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
        return "%,.2f".formatted(amount) + "元";
    }

    /** Numbering a person typed ("1.", "2、", "（3）", "一、") before a list item. */
    private static final java.util.regex.Pattern ENUMERATOR = java.util.regex.Pattern.compile(
            "^(?:[（(]\\s*[0-9一二三四五六七八九十]+\\s*[)）]|[0-9一二三四五六七八九十]+\\s*(?:[、)）]|[.．](?!\\d)))\\s*");

    /** Lines for a numbered list the template numbers itself: numbering typed by staff is dropped. */
    public List<String> items(Object text) {
        return paragraphs(text).stream().map(l -> ENUMERATOR.matcher(l).replaceFirst(""))
                .filter(l -> !l.isEmpty()).toList();
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
