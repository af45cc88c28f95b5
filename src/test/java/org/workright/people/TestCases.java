package org.workright.people;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.workright.legalaid.ClaimType;
import org.workright.legalaid.LegalAidApplication;
import org.workright.legalaid.LegalAidIntake;

/** A legal-aid application on record, with its process waiting at the completeness check. */
public final class TestCases {

    public static String legalAid(LegalAidIntake intake) {
        var application = new LegalAidApplication("赵六", TestIds.next(), "13800138000", null, false,
                new BigDecimal("1000"), "昆明示例公司", null, ClaimType.CONTRACT_TERMINATION, null, "违法解除劳动合同。",
                LocalDate.of(2025, 12, 20), false, LocalDate.of(2025, 12, 20), null, false);
        return intake.submit(application).caseNo();
    }

    private TestCases() {
    }
}
