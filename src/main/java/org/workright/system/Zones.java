package org.workright.system;

import java.time.ZoneId;

/** The federation's time zone: "today", deadlines and letter dates are Kunming's. */
public final class Zones {

    public static final ZoneId KUNMING = ZoneId.of("Asia/Shanghai");

    private Zones() {
    }
}
