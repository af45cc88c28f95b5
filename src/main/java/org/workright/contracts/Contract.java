package org.workright.contracts;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A collective contract on file: who the two sides are, where it is reviewed, and where its
 * latest filing stands. The term is that of the version in force, once one is.
 */
record Contract(String caseNo, Scope scope, Kind kind, String creditCode, String title, String employerParty,
        String employerAddress, String unionParty, String unionAddress, String districtCode, Status status,
        int version, LocalDate startsOn, LocalDate endsOn, LocalDate effectiveOn, LocalDate publicationDue,
        LocalDate publishedOn, String publicationNote, boolean publicationMissed, LocalDate renewalRemindedOn,
        RenewalIntent renewalIntent, String renewalNote, String processInstanceId, OffsetDateTime createdAt, String createdBy) {

    boolean regional() {
        return scope == Scope.REGIONAL;
    }

    /** Valid on {@code day}: in effect and within its term (Collective Contract Provisions arts 38, 47). */
    boolean validOn(LocalDate day) {
        return effectiveOn != null && !effectiveOn.isAfter(day) && !startsOn.isAfter(day) && !endsOn.isBefore(day);
    }

    /** One enterprise's contract, or an industry-wide or regional one filed by its union. */
    enum Scope {
        ENTERPRISE("企业集体合同"), REGIONAL("行业性、区域性集体合同");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** The kinds (Collective Contract Provisions arts 3, 8-16). */
    enum Kind {
        COMPREHENSIVE("综合性集体合同"), WAGES("工资专项集体合同"), WOMEN("女职工权益保护专项集体合同"),
        SAFETY("劳动安全卫生专项集体合同");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** What the party means to do as the term ends (art 38: either side may ask to renew within 3 months). */
    enum RenewalIntent {
        RENEW("续订"), RENEGOTIATE("重新协商签订"), END("期满终止，不再续订");

        private final String label;

        RenewalIntent(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    enum Status {
        DOCUMENTS_PENDING("待上传合同文本"), UNDER_REVIEW("审查中"), OBJECTED("已提出审查意见，待重新报送"),
        AWAITING_PUBLICATION("已生效，待公布"), IN_FORCE("生效中"), EXPIRED("已期满"), LAPSED("未重新报送，已终结");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }
}
