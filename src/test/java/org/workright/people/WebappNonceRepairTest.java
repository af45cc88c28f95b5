package org.workright.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.workright.ApplicationTest;

@ApplicationTest
class WebappNonceRepairTest {

    private static final Pattern PAGE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern HEADER = Pattern.compile("'nonce-([^']+)'");

    @Autowired
    TestRestTemplate http;

    @Test
    void theHeaderNamesTheNonceThePageUses() {
        assertThat(WebappNonceRepair.repaired("script-src 'nonce-AAA' 'strict-dynamic'; base-uri 'self'",
                "<script nonce=\"BBB\" src=\"x.js\"></script>"))
                .isEqualTo("script-src 'nonce-BBB' 'strict-dynamic'; base-uri 'self'");
        assertThat(WebappNonceRepair.repaired("script-src 'self'", "<html></html>")).isEqualTo("script-src 'self'");
    }

    @Test
    void tasklistPagesLoadedAtOnceEachCarryTheirOwnNonce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ResponseEntity<String>>> loads = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                loads.add(() -> http.getForEntity("/camunda/app/tasklist/default/", String.class));
            }
            for (Future<ResponseEntity<String>> load : pool.invokeAll(loads)) {
                ResponseEntity<String> page = load.get();
                Matcher used = PAGE.matcher(page.getBody());
                Matcher allowed = HEADER.matcher(page.getHeaders().getFirst("Content-Security-Policy"));
                assertThat(used.find()).isTrue();
                assertThat(allowed.find()).isTrue();
                assertThat(allowed.group(1)).isEqualTo(used.group(1));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
