package org.workright.legalaid;

/** Where the dispute stands; each stage the lawyer records may start a statutory clock. */
public enum DisputeStage {
    NONE("尚未进入程序"),
    ADVICE("法律咨询、代书"),
    MEDIATION("调解"),
    ARBITRATION("劳动仲裁（已受理）"),
    AWARD("已收到仲裁裁决"),
    LITIGATION("诉讼");

    private final String label;

    DisputeStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
