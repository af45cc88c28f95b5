package org.workright.supervision;

/** Where a supervision case stands. */
public enum SupervisionStatus {
    REGISTERED("已登记，待受理审查"),
    REJECTED("不予受理"),
    INVESTIGATING("调查核实中"),
    WARNED("已发提示函"),
    NOTICE_PENDING("意见书审批中"),
    NOTICE_ISSUED("意见书已出具，待送达"),
    AWAITING_REPLY("意见书已送达，待企业答复"),
    FOLLOW_UP("跟踪检查中"),
    CORRECTED("已整改"),
    REFERRED("已发建议书，待劳动保障部门答复"),
    UNDER_INSPECTION("劳动保障部门已立案查处"),
    DEPARTMENT_REFUSED("劳动保障部门不予立案"),
    CONCLUDED("劳动保障部门已办结");

    private final String label;

    SupervisionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
