package org.workright.contracts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.workright.casework.Upload;
import org.workright.contracts.ContractDocument.Purpose;

/** A demo filing's text and scan: a minimal PDF each, marked as demo material. */
final class ContractDocumentsForDemo {

    private static final byte[] PDF = ("%PDF-1.4\n% WorkRight 演示材料（非真实合同）\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
            .getBytes(StandardCharsets.UTF_8);

    static List<Upload<Purpose>> documents() {
        return List.of(Upload.of("text", ContractDocument.Purpose.TEXT, "集体合同文本（演示）.pdf", PDF, PDF.length),
                Upload.of("scan", ContractDocument.Purpose.SCAN, "签字页扫描件（演示）.pdf", PDF, PDF.length));
    }

    private ContractDocumentsForDemo() {
    }
}
