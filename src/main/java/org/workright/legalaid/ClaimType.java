package org.workright.legalaid;

/** 案由: what the worker claims. The codes are also the lawyers' practice areas and DMN inputs. */
public enum ClaimType {
    WAGE_ARREARS("追索劳动报酬"),
    WORK_INJURY("工伤赔偿"),
    CONTRACT_TERMINATION("劳动合同解除或终止"),
    SOCIAL_INSURANCE("社会保险"),
    OTHER_LABOUR("其他劳动争议"),
    NON_LABOUR("非劳动争议事项");

    private final String label;

    ClaimType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
