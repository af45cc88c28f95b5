package org.workright.democracy;

/** A finding of a check, with the rule it rests on and its weight. */
record Finding(Source source, String finding, String rule, Weight weight) {

    enum Source {
        RULES("检查规则"), INSPECTOR("现场检查"), NO_SUBMISSION("未按期报送");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** 不合格, or 一般 where the rule says "一般" (a matter to improve, which does not fail the check). */
    enum Weight {
        FAILURE("不合格"), WARNING("一般");

        private final String label;

        Weight(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        static Weight ofLabel(String label) {
            for (Weight w : values()) {
                if (w.label.equals(label)) {
                    return w;
                }
            }
            throw new IllegalArgumentException("weight " + label);
        }
    }

    /** As a letter or a task lists it: "（不合格）…（依据：…）". */
    String line() {
        return "（" + weight.label() + "）" + finding + "（依据：" + rule + "）";
    }
}
