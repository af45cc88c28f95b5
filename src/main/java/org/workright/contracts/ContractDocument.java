package org.workright.contracts;

import java.time.OffsetDateTime;

import org.workright.casework.Upload;

/** An uploaded document of a filing, without its content (read separately, and only when downloaded). */
record ContractDocument(long id, String caseNo, int version, Purpose purpose, String fileName, String contentType,
        int sizeBytes, String sha256, OffsetDateTime uploadedAt, String uploadedBy) {

    enum Purpose implements Upload.Purpose {
        TEXT("集体合同文本"), SCAN("双方首席代表签字的合同文本扫描件"), AUTHORIZATION("法定代表人授权委托书");

        private final String label;

        Purpose(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }
}
