package org.workright.democracy;

import java.time.OffsetDateTime;

import org.workright.casework.Upload;

/**
 * A supporting document of a check, without its content (read only when downloaded).
 *
 * @param reportNo the report it supports: 1 the yearly report, then each correction report
 */
record DemocracyDocument(long id, String caseNo, int reportNo, Purpose purpose, String fileName, String contentType,
        int sizeBytes, String sha256, OffsetDateTime uploadedAt, String uploadedBy) {

    /** What the enterprise proves with it, as the report's questions ask. */
    enum Purpose implements Upload.Purpose {
        MINUTES("职工代表大会（职工大会）会议记录和决议"),
        ELECTION("职工代表选举材料"),
        PUBLICATION("规章制度和重大事项公示或告知的证明"),
        OPENNESS("厂务公开的公开栏照片或公开材料"),
        CORPORATE("职工董事、职工监事选举材料"),
        CORRECTION("整改材料"),
        OTHER("其他材料");

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
