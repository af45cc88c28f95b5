package org.workright.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * Finding cases across every process the user may see: each process answers in its own SQL, sorted
 * and limited in the database, and the kernel merges the sorted pieces into one page. A new process
 * appears here by implementing {@link Source}.
 */
@Service
public class CaseSearch {

    /** How a result list is sorted: the newest first, or the nearest due date first (the overdue on top). */
    public enum Sort {
        NEWEST, DUE
    }

    /**
     * What the user asked for. {@code text} is a case number (any letter case, spaces ignored), or a
     * party's or enterprise's name, or a credit code.
     */
    public record Query(String process, String text, String status, LocalDate from, LocalDate to, boolean overdue,
            Sort sort, int page, int size) {

        /** How deep a list may be paged: each process reads this many rows at most for one page. */
        public static final int DEEPEST = 10_000;

        public Query {
            size = Math.max(1, Math.min(size, 100));
            page = Math.max(0, page);
            if ((long) (page + 1) * size > DEEPEST) {
                throw new IllegalArgumentException("page");
            }
            sort = sort == null ? Sort.NEWEST : sort;
            text = text == null || text.isBlank() ? null : text.strip();
        }

        /** The text as a case number would be typed: no spaces, upper case. */
        public String caseNumber() {
            return text == null ? null : text.replaceAll("\\s+", "").toUpperCase();
        }

        /** How many rows each process must return so the merged page is exact. */
        int depth() {
            return (page + 1) * size;
        }
    }

    /** One case in a result list: enough to recognise it, nothing more. */
    public record Row(String caseRef, String process, String processName, String title, String status,
            String statusLabel, OffsetDateTime openedAt, OffsetDateTime dueAt, boolean overdue) {
    }

    public record Page(List<Row> rows, long total, int page, int size) {
    }

    /** A process's cases, as the user may see them. */
    public interface Source {

        CaseworkProcess process();

        /** The process as users name it: 工会法律援助. */
        String title();

        /** Whether the user sees who did what on the process's cases (others see the steps, not the people). */
        boolean seesPeople(Authentication user);

        /** Whether the user may see any of the process's cases at all. */
        boolean searchableBy(Authentication user);

        /** The statuses a user may filter by: code and label. */
        List<Option> statuses();

        long count(Query query, Authentication user);

        /** The first {@code limit} rows in the query's order. */
        List<Row> top(Query query, Authentication user, int limit);

        /** The case page's sections, as the user may see them; empty when they may not see the case. */
        Optional<List<Section>> sections(String caseRef, Authentication user);

        /** The process's own page of the case (its documents, its uploads), where it has one. */
        default Optional<String> page(String caseRef) {
            return Optional.empty();
        }
    }

    /** A part of the case page: parties, the claim, how it stands. */
    public record Section(String title, List<Field> fields) {

        public Section {
            fields = fields.stream().filter(f -> f.value() != null && !f.value().isBlank()).toList();
        }
    }

    public record Field(String label, String value) {

        /** A field whose value may be absent (then the section leaves it out). */
        public static Field of(String label, Object value) {
            return new Field(label, value == null ? null : value instanceof LocalDate d ? Deadline.chineseDate(d)
                    : value instanceof Boolean b ? (b ? "是" : "否") : value.toString());
        }
    }

    public record Option(String code, String label) {
    }

    private final List<Source> sources;

    CaseSearch(List<Source> sources) {
        this.sources = sources;
    }

    /** The processes the user may search, for the workspace's filter. */
    public List<Source> sourcesFor(Authentication user) {
        return sources.stream().filter(s -> s.searchableBy(user)).toList();
    }

    public Optional<Source> source(String caseRef) {
        return sources.stream().filter(s -> s.process().owns(caseRef)).findFirst();
    }

    public Page search(Query query, Authentication user) {
        List<Source> asked = sourcesFor(user).stream()
                .filter(s -> query.process() == null || s.process().module().equals(query.process())).toList();
        long total = 0;
        List<Row> merged = new ArrayList<>();
        for (Source s : asked) {
            total += s.count(query, user);
            merged.addAll(s.top(query, user, query.depth()));
        }
        merged.sort(order(query.sort()));
        int from = Math.min(merged.size(), query.page() * query.size());
        int to = Math.min(merged.size(), from + query.size());
        return new Page(List.copyOf(merged.subList(from, to)), total, query.page(), query.size());
    }

    /** The order every source sorts in too, so the merge of their first rows is the first rows of all. */
    public static Comparator<Row> order(Sort sort) {
        Comparator<Row> newest = Comparator.comparing(Row::openedAt, Comparator.reverseOrder())
                .thenComparing(Row::caseRef, Comparator.reverseOrder());
        return sort == Sort.DUE
                ? Comparator.comparing(Row::dueAt, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(newest)
                : newest;
    }
}
