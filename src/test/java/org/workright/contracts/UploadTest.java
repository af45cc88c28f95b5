package org.workright.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.workright.system.ProblemException;

/** What an upload may be and how its name is kept. */
class UploadTest {

    @Test
    void theNameIsOnlyANameEndingAsTheBytesAre() {
        assertThat(Upload.of("text", ContractDocument.Purpose.TEXT, "C:\\合同\\..\\文本.exe", ContractDriver.PDF, 1 << 20)
                .fileName()).isEqualTo("文本.pdf");
        // a right-to-left override would make the name read as another
        assertThat(Upload.of("text", ContractDocument.Purpose.TEXT, "evil\u202Efdp.exe;x=y;.pdf", ContractDriver.PDF, 1 << 20)
                .fileName()).isEqualTo("evilfdp.exe;x=y;.pdf").doesNotContain("\u202E");
        assertThat(Upload.of("scan", ContractDocument.Purpose.SCAN, "签字页.pdf", ContractDriver.PNG, 1 << 20).fileName())
                .isEqualTo("签字页.png");
        assertThat(Upload.of("scan", ContractDocument.Purpose.SCAN, null, ContractDriver.PNG, 1 << 20).fileName())
                .isEqualTo("document.png");
    }

    @Test
    void onlyPdfPngOrJpegUpToTheLimit() {
        assertThatThrownBy(() -> Upload.of("text", ContractDocument.Purpose.TEXT, "a.pdf", "<html>".getBytes(), 1 << 20))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("text"));
        assertThatThrownBy(() -> Upload.of("text", ContractDocument.Purpose.TEXT, "a.pdf", new byte[0], 1 << 20))
                .hasMessage("请上传集体合同文本");
        assertThatThrownBy(() -> Upload.of("text", ContractDocument.Purpose.TEXT, "a.pdf", ContractDriver.PDF, 10))
                .hasMessageContaining("不能超过");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0};
        assertThat(Upload.of("scan", ContractDocument.Purpose.SCAN, "a.jpg", jpeg, 1 << 20).contentType()).isEqualTo("image/jpeg");
    }
}
