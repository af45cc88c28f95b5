package org.workright.legalaid;

/** What an arbitral award decides, for whether it is final (Labour Dispute Mediation and Arbitration Law art 47). */
public enum AwardSubject {
    /** Art 47(1): final when the amount does not exceed 12 months of the local monthly minimum wage. */
    RECOURSE("追索劳动报酬、工伤医疗费、经济补偿或者赔偿金"),
    /** Art 47(2): final whatever the amount. */
    STANDARDS("因执行国家的劳动标准在工作时间、休息休假、社会保险等方面发生的争议"),
    OTHER("其他争议");

    private final String label;

    AwardSubject(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
