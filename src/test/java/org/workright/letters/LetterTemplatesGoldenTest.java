package org.workright.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.workright.ApplicationTest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One golden file per letter kind: render the template with the fixed data in
 * golden/letters/&lt;kind&gt;.json and compare with golden/letters/&lt;kind&gt;.html. After an intended
 * change, run with -Dgolden.update=true and review the diff of the .html files.
 */
@ApplicationTest
class LetterTemplatesGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/letters");
    private static final LocalDate ISSUED_ON = LocalDate.of(2026, 1, 5);

    @Autowired
    LetterService letters;
    @Autowired
    ObjectMapper json;

    record Fixture(String caseRef, String addressee, Map<String, Object> model) {
    }

    @TestFactory
    Stream<DynamicTest> everyConfiguredKindMatchesItsGoldenFile() {
        return letters.kinds().stream().sorted().map(kind -> DynamicTest.dynamicTest(kind, () -> {
            Fixture fixture = fixture(kind);
            String html = letters.render(new LetterRequest(kind, fixture.caseRef(), "golden", fixture.addressee(),
                    fixture.model()), "昆工测试〔2026〕第0001号", ISSUED_ON);
            Path golden = GOLDEN.resolve(kind + ".html");
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(golden, html, StandardCharsets.UTF_8);
            }
            assertThat(html).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
            assertThat(html).contains("2026年1月5日").doesNotContain("$");
        }));
    }

    @Test
    void escapesInsertedValuesButLeavesChinesePunctuationAlone() {
        Fixture fixture = fixture("legal-aid.closure");
        Map<String, Object> model = new java.util.HashMap<>(fixture.model());
        model.put("outcome", "<script>alert('x')</script>“调解成功”，已履行&结清");

        String html = letters.render(new LetterRequest("legal-aid.closure", fixture.caseRef(), "golden",
                fixture.addressee(), model), "昆工测试〔2026〕第0001号", ISSUED_ON);

        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;“调解成功”，已履行&amp;结清")
                .doesNotContain("<script>");
    }

    @Test
    void aMissingValueFailsInsteadOfLeavingABlankInAnOfficialLetter() {
        assertThatThrownBy(() -> letters.render(new LetterRequest("legal-aid.closure", "LA-2026-00001", "golden",
                "某某", Map.of()), "昆工测试〔2026〕第0001号", ISSUED_ON))
                .hasMessageContaining("case");
    }

    private Fixture fixture(String kind) {
        try (InputStream in = getClass().getResourceAsStream("/golden/letters/" + kind + ".json")) {
            assertThat(in).as("fixture golden/letters/%s.json", kind).isNotNull();
            return json.readValue(in, new TypeReference<Fixture>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
