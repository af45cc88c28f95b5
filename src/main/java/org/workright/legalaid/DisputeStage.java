package org.workright.legalaid;

/**
 * What the lawyer records as the dispute goes on: the stages it passes through (the case's current
 * stage) and the events that move a statutory clock without changing the stage (Labour Dispute
 * Mediation and Arbitration Law arts 27, 29, 43; Regulations on Work-Related Injury Insurance art 17).
 */
public enum DisputeStage {
    NONE("尚未进入程序", true),
    ADVICE("法律咨询、代书", true),
    MEDIATION("调解", true),
    ARBITRATION_APPLIED("已申请劳动仲裁（待受理）", true),
    ARBITRATION("劳动仲裁（已受理）", true),
    ARBITRATION_EXTENDED("仲裁审理期限经批准延长", false),
    AWARD("已收到仲裁裁决", true),
    LITIGATION("诉讼", true),
    LIMITATION_INTERRUPTED("时效中断（已主张权利、请求救济或对方同意履行）", false),
    LIMITATION_SUSPENDED("时效中止（不可抗力或者其他正当理由不能申请）", false),
    SUSPENSION_ENDED("时效中止的原因消除", false),
    INJURY_RECOGNITION_APPLIED("已申请或已认定工伤", false);

    private final String label;
    private final boolean stage;

    DisputeStage(String label, boolean stage) {
        this.label = label;
        this.stage = stage;
    }

    public String label() {
        return label;
    }

    /** A stage the dispute reaches (and stays at); false for an event that only moves a clock. */
    boolean isStage() {
        return stage;
    }
}
