package org.workright.democracy;

/**
 * 厂务公开: what an enterprise makes known to its workers (Provisions on Enterprise Democratic
 * Management 2012, chapter on factory-affairs openness) and where.
 */
final class Openness {

    private Openness() {
    }

    /** The matters to be made known; a report that leaves one out is a finding. */
    enum Item {
        OPERATIONS("企业经营管理基本情况"),
        HIRING("招用职工及签订劳动合同情况"),
        CONTRACT_AND_RULES("集体合同文本和劳动规章制度"),
        DISCIPLINE("奖励处罚职工、解除劳动合同情况"),
        SAFETY("安全生产及重大事故处理情况"),
        SOCIAL_INSURANCE("社会保险及企业年金缴费情况"),
        TRAINING("职工教育培训经费提取和使用情况"),
        DISPUTES("劳动争议及处理情况"),
        LAYOFFS("裁减人员方案和结果"),
        MODEL_WORKERS("劳动模范和先进职工评选情况");

        private final String label;

        Item(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** How they are made known. */
    enum Channel {
        NOTICE_BOARD("厂务公开栏"), INTRANET("企业内部网站或信息平台"), CONGRESS("职工代表大会");

        private final String label;

        Channel(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }
}
