package org.workright.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.workright.system.ProblemException;

/** What an upload may be and how its name is kept. */
class UploadTest {

    enum Kind implements Upload.Purpose {
        TEXT, SCAN;

        @Override
        public String label() {
            return this == TEXT ? "集体合同文本" : "签字页扫描件";
        }
    }

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Test
    void theNameIsOnlyANameEndingAsTheBytesAre() {
        assertThat(Upload.of("text", Kind.TEXT, "C:\\合同\\..\\文本.exe", PDF, 1 << 20)
                .fileName()).isEqualTo("文本.pdf");
        // a right-to-left override would make the name read as another
        assertThat(Upload.of("text", Kind.TEXT, "evil\u202Efdp.exe;x=y;.pdf", PDF, 1 << 20)
                .fileName()).isEqualTo("evilfdp.exe;x=y;.pdf").doesNotContain("\u202E");
        assertThat(Upload.of("scan", Kind.SCAN, "签字页.pdf", PNG, 1 << 20).fileName())
                .isEqualTo("签字页.png");
        assertThat(Upload.of("scan", Kind.SCAN, null, PNG, 1 << 20).fileName())
                .isEqualTo("document.png");
        // a name of spaces only (a no-break space too) is no name; a document's own extension is not doubled
        assertThat(Upload.of("scan", Kind.SCAN, "\u00a0\u3000 ", PNG, 1 << 20).fileName()).isEqualTo("document.png");
        assertThat(Upload.of("text", Kind.TEXT, "名\u200b字.pdf.exe", PDF, 1 << 20).fileName()).isEqualTo("名字.pdf");
        assertThat(Upload.of("text", Kind.TEXT, "第3.5版 .PDF", PDF, 1 << 20).fileName()).isEqualTo("第3.5版.pdf");
    }

    @Test
    void onlyPdfPngOrJpegUpToTheLimit() {
        assertThatThrownBy(() -> Upload.of("text", Kind.TEXT, "a.pdf", "<html>".getBytes(), 1 << 20))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("text"));
        assertThatThrownBy(() -> Upload.of("text", Kind.TEXT, "a.pdf", new byte[0], 1 << 20))
                .hasMessage("请上传集体合同文本");
        assertThatThrownBy(() -> Upload.of("text", Kind.TEXT, "a.pdf", PDF, 10))
                .hasMessageContaining("不能超过");
        byte[] justOver = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, justOver, 0, PDF.length);
        assertThatThrownBy(() -> Upload.of("text", Kind.TEXT, "a.pdf", justOver, 10 * 1024 * 1024))
                .hasMessage("集体合同文本不能超过10MB，本文件为10.01MB");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0};
        assertThat(Upload.of("scan", Kind.SCAN, "a.jpg", jpeg, 1 << 20).contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void aPurposeByItsCodeOrAnErrorListingThem() {
        assertThat(Upload.purpose(Kind.class, " SCAN ")).isEqualTo(Kind.SCAN);
        assertThatThrownBy(() -> Upload.purpose(Kind.class, "scan"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("purpose"))
                .hasMessage("请选择材料类别：集体合同文本、签字页扫描件");
        assertThatThrownBy(() -> Upload.purpose(Kind.class, null)).isInstanceOf(ProblemException.class);
    }
}
