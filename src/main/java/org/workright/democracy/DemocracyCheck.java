package org.workright.democracy;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One enterprise's check for one year, as recorded. */
record DemocracyCheck(String caseNo, String creditCode, int year, String enterpriseName, String enterpriseAddress,
        String districtCode, boolean stateOwned, Status status, String startedBy, LocalDate submissionDue,
        LocalDate finalDue, LocalDate remindedOn, LocalDate submittedOn, boolean submissionMissed, Boolean compliant,
        String reviewNote, LocalDate decidedOn, LocalDate rectificationDue, LocalDate correctedOn,
        String supervisionCaseNo, Boolean congressSystem, Boolean opennessSystem, String processInstanceId,
        OffsetDateTime createdAt) {

    enum Status {
        AWAITING_REPORT("待企业报送"),
        REMINDED("已催报"),
        UNDER_REVIEW("待审核"),
        COMPLIANT("合格"),
        RECTIFYING("整改中"),
        VERIFYING("整改待核查"),
        CORRECTED("整改合格"),
        ESCALATED("已移送劳动法律监督");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        boolean closed() {
            return this == COMPLIANT || this == CORRECTED || this == ESCALATED;
        }
    }

    /** How the check reads in lists and task headers. */
    String summary() {
        return enterpriseName + year + "年度职代会和厂务公开检查";
    }
}
