package org.workright.legalaid;

/** Legal Aid Law art 48: the grounds on which aid is terminated (终止法律援助). */
public enum TerminationReason {
    FRAUD("受援人以欺骗或者其他不正当手段获得法律援助"),
    MISUSE("受援人故意隐瞒与案件有关的重要事实或者提供虚假证据"),
    MISUSE_FOR_ILLEGAL("受援人利用法律援助从事违法活动"),
    FINANCES_CHANGED("受援人的经济状况发生变化，不再符合法律援助条件"),
    CASE_ENDED("案件终止审理或者已经被撤销"),
    OWN_LAWYER("受援人自行委托律师或者其他代理人"),
    WORKER_REQUEST("受援人有正当理由要求终止法律援助"),
    OTHER("法律法规规定的其他情形");

    private final String label;

    TerminationReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
