package org.workright.legalaid;

/**
 * Who is not asked about their means (LAL art 42): the applicant shows they belong to one of these
 * groups, and the decision names the group with its clause. Migrant workers claiming wages or
 * work-injury compensation (clause 3) are exempt by their claim and need no entry here.
 */
public enum MeansTestExemption {
    NONE("不属于免予核查情形", null),
    MINOR_WITHOUT_INCOME("无固定生活来源的未成年人", "第一项"),
    ELDERLY_WITHOUT_INCOME("无固定生活来源的老年人", "第一项"),
    DISABLED_WITHOUT_INCOME("无固定生活来源的残疾人", "第一项"),
    SOCIAL_ASSISTANCE("社会救助对象", "第二项"),
    JUDICIAL_ASSISTANCE("司法救助对象", "第二项"),
    ENTITLED_GROUP("优抚对象", "第二项");

    private final String label;
    private final String clause;

    MeansTestExemption(String label, String clause) {
        this.label = label;
        this.clause = clause;
    }

    public String label() {
        return label;
    }

    /** The clause of LAL art 42 that exempts the group; null for {@link #NONE}. */
    public String clause() {
        return clause;
    }
}
