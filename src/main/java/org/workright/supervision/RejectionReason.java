package org.workright.supervision;

/** Why a complaint is not taken up (ACFTU Labour-Law Supervision Measures 2021 art 18; Labour Inspection Regulations art 20). */
public enum RejectionReason {
    OUT_OF_SCOPE("不属于劳动法律监督范围"),
    BEFORE_INSPECTORATE("已由劳动保障监察机构处理"),
    BEFORE_ARBITRATION("已进入劳动争议仲裁程序"),
    BEFORE_COURT("已进入诉讼程序"),
    TIME_BARRED("违法行为已超过二年且未被举报投诉"),
    OTHER("其他");

    private final String label;

    RejectionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
