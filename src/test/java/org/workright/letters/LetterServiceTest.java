package org.workright.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.workright.WorkRightTest;

@WorkRightTest
class LetterServiceTest {

    private static final Pattern NUMBER = Pattern.compile("昆工法援结〔(\\d{4})〕第(\\d{4})号");
    private static final AtomicInteger CASES = new AtomicInteger();

    @Autowired
    LetterService letters;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void issuingTheSameStepTwiceReturnsTheFirstLetter() {
        LetterRequest request = closureLetter(newCase());

        Letter first = letters.issue(request);
        Letter again = letters.issue(request);

        assertThat(again).isEqualTo(first);
        assertThat(letters.lettersOf(request.caseRef())).hasSize(1);
        assertThat(first.sha256()).isEqualTo(LetterService.sha256(first.html()));
        assertThat(first.html()).contains(first.number());
    }

    @Test
    void concurrentIssuingGivesEveryLetterItsOwnNumberWithoutGaps() throws Exception {
        int threads = 8;
        int perThread = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Callable<List<String>>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            work.add(() -> {
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    numbers.add(letters.issue(closureLetter(newCase())).number());
                }
                return numbers;
            });
        }
        List<String> numbers = new ArrayList<>();
        for (Future<List<String>> f : pool.invokeAll(work)) {
            numbers.addAll(f.get());
        }
        pool.shutdown();

        List<Integer> sequence = numbers.stream().map(LetterServiceTest::sequenceOf).sorted().toList();
        assertThat(Set.copyOf(numbers)).hasSize(threads * perThread);
        // consecutive: no number skipped, whatever other tests issued before
        assertThat(sequence.get(sequence.size() - 1) - sequence.get(0)).isEqualTo(threads * perThread - 1);
    }

    @Test
    void aRolledBackIssueGivesItsNumberBack() {
        Letter before = letters.issue(closureLetter(newCase()));

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            letters.issue(closureLetter(newCase()));
            throw new IllegalStateException("the step failed after issuing");
        })).isInstanceOf(IllegalStateException.class);
        Letter after = letters.issue(closureLetter(newCase()));

        assertThat(sequenceOf(after.number())).isEqualTo(sequenceOf(before.number()) + 1);
    }

    @Test
    void archivedLettersCannotBeChangedOrDeleted() {
        Letter letter = letters.issue(closureLetter(newCase()));

        assertThatThrownBy(() -> jdbc.sql("update letter set html = 'forged' where id = ?").param(letter.id()).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from letter where id = ?").param(letter.id()).update())
                .isInstanceOf(DataAccessException.class);
        assertThat(letters.find(letter.id()).orElseThrow().html()).isEqualTo(letter.html());
    }

    private static String newCase() {
        return "TEST-" + System.nanoTime() + "-" + CASES.incrementAndGet();
    }

    private static LetterRequest closureLetter(String caseRef) {
        return new LetterRequest("legal-aid.closure", caseRef, "closure", "李四", Map.of(
                "outcome", "调解成功",
                "case", Map.of("caseNo", caseRef, "you", "你", "matter", "与昆明示例公司之间的追索劳动报酬争议")));
    }

    private static int sequenceOf(String number) {
        Matcher m = NUMBER.matcher(number);
        assertThat(m.matches()).as(number).isTrue();
        return Integer.parseInt(m.group(2));
    }
}
