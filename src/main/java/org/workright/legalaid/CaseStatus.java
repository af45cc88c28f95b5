package org.workright.legalaid;

/** A legal-aid case's status as the worker sees it when checking with the access code. */
public enum CaseStatus {
    APPLIED("已受理申请，待审查"),
    AWAITING_SUPPLEMENT("待补充材料"),
    UNDER_REVIEW("审查中"),
    REFUSED("不予法律援助"),
    WITHDRAWN("视为撤回申请"),
    GRANTED("决定给予法律援助，正在指派律师"),
    HANDLING("律师承办中"),
    CLOSED("已结案"),
    TERMINATED("已终止法律援助");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this != REFUSED && this != WITHDRAWN && this != CLOSED && this != TERMINATED;
    }
}
