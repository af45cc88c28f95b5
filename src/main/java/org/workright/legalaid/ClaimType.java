package org.workright.legalaid;

/**
 * 案由: what the applicant claims, in the scope of union legal aid (ACFTU Union Legal Aid Measures
 * 2008): labour disputes; workers' personal, democratic and property rights infringed in connection
 * with their labour rights; union officers penalised for union work; union organisations whose rights
 * are infringed. Only {@link #NON_LABOUR}, outside every category, is refused as out of scope. The
 * codes are also the lawyers' practice areas and DMN inputs.
 */
public enum ClaimType {
    WAGE_ARREARS("追索劳动报酬", Limitation.LABOUR_ARBITRATION),
    WORK_INJURY("工伤赔偿", Limitation.LABOUR_ARBITRATION),
    CONTRACT_TERMINATION("劳动合同解除或终止", Limitation.LABOUR_ARBITRATION),
    SOCIAL_INSURANCE("社会保险", Limitation.LABOUR_ARBITRATION),
    OTHER_LABOUR("其他劳动争议", Limitation.LABOUR_ARBITRATION),
    PERSONAL_RIGHTS("与劳动权益相关的人身权利受侵害", Limitation.CIVIL),
    DEMOCRATIC_RIGHTS("与劳动权益相关的民主权利受侵害", Limitation.NONE),
    PROPERTY_RIGHTS("与劳动权益相关的财产权利受侵害", Limitation.CIVIL),
    // most retaliation against a union officer is a transfer or dismissal, i.e. a labour dispute
    UNION_WORK_RETALIATION("工会工作者因履行职责受到打击报复", Limitation.LABOUR_ARBITRATION),
    UNION_ORGANISATION_RIGHTS("工会组织合法权益受侵害", Limitation.CIVIL),
    NON_LABOUR("不属于以上任何类别的事项", Limitation.NONE);

    /** The limitation the claim runs under, watched for urgent aid and by the lawyer's reminders. */
    enum Limitation {
        /** Labour Dispute Mediation and Arbitration Law art 27: one year. */
        LABOUR_ARBITRATION("劳动争议仲裁时效（一年）", 1),
        /** Civil Code art 188: three years from when the right holder knew of the infringement. */
        CIVIL("民事诉讼时效（三年）", 3),
        /** No limitation the office can compute; a procedural deadline may still be registered. */
        NONE(null, 0);

        private final String label;
        private final int years;

        Limitation(String label, int years) {
            this.label = label;
            this.years = years;
        }

        String label() {
            return label;
        }

        /** The length of the period, which also starts again in full after an interruption. */
        int years() {
            return years;
        }
    }

    private final String label;
    private final Limitation limitation;

    ClaimType(String label, Limitation limitation) {
        this.label = label;
        this.limitation = limitation;
    }

    public String label() {
        return label;
    }

    Limitation limitation() {
        return limitation;
    }

    /** A labour dispute in the sense of the Labour Dispute Mediation and Arbitration Law, with its clocks. */
    boolean labourDispute() {
        return ordinal() <= OTHER_LABOUR.ordinal();
    }

    /**
     * How the letters name the matter: "与甲公司之间的追索劳动报酬争议", "工会组织合法权益受侵害（对方：甲公司）",
     * or for a matter outside every category "与甲公司之间的其他事项" (the form's "以上" means nothing in a letter).
     */
    String matter(String counterpart) {
        if (this == NON_LABOUR) {
            return "与" + counterpart + "之间的其他事项";
        }
        return labourDispute() ? "与" + counterpart + "之间的" + label + "争议" : label + "（对方：" + counterpart + "）";
    }
}
