package org.workright.legalaid;

import java.util.List;

import org.springframework.stereotype.Component;
import org.workright.enterprises.Enterprise;
import org.workright.enterprises.EnterpriseFileSection;
import org.workright.letters.Letter;
import org.workright.system.Zones;

/** Legal-aid cases naming the enterprise as employer; staff only, so workers are never exposed to it. */
@Component
class LegalAidFileSection implements EnterpriseFileSection {

    private final LegalAidCaseRepository cases;

    LegalAidFileSection(LegalAidCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public String title() {
        return "法律援助案件（该企业为用人单位）";
    }

    @Override
    public List<Entry> entries(Enterprise enterprise) {
        return cases.findByEmployer(enterprise.creditCode(), enterprise.name()).stream()
                .map(c -> new Entry(c.caseNo(), c.status().label(), c.claimType().label(),
                        c.createdAt().atZoneSameInstant(Zones.KUNMING).toLocalDate()))
                .toList();
    }

    @Override
    public boolean servedOnEnterprise(Letter letter) {
        return false;
    }

    @Override
    public boolean visibleToEnterprise() {
        return false;
    }
}
