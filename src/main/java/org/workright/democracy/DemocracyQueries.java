package org.workright.democracy;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.workright.enterprises.Enterprise;
import org.workright.enterprises.EnterpriseFileSection;
import org.workright.enterprises.EnterpriseRegister;
import org.workright.letters.CaseAccess;
import org.workright.letters.Letter;
import org.workright.people.Roles;
import org.workright.system.Zones;

/**
 * Who may see a check: the enterprise checked (its representatives), the federation's officers of
 * its district, those of the city, administrators. Anyone else is told it does not exist.
 */
@Service
class DemocracyQueries implements CaseAccess, EnterpriseFileSection {

    private final DemocracyRepository checks;
    private final DemocracyDistricts districts;
    private final EnterpriseRegister register;

    DemocracyQueries(DemocracyRepository checks, DemocracyDistricts districts, EnterpriseRegister register) {
        this.checks = checks;
        this.districts = districts;
        this.register = register;
    }

    /** A check as its page shows it: every report with its sessions, every finding, the documents, the outcome. */
    record Detail(DemocracyCheck check, List<Report> reports, List<DemocracyRepository.NumberedFinding> findings,
            List<DemocracyDocument> documents) {
    }

    Optional<Detail> detail(String caseNo, Authentication user) {
        return checks.find(caseNo).filter(c -> mayRead(c, user)).map(c -> new Detail(c, checks.reports(caseNo),
                checks.allFindings(caseNo), checks.documents(caseNo)));
    }

    boolean mayRead(DemocracyCheck c, Authentication user) {
        if (Roles.any(user, Roles.ENTERPRISE)) {
            return register.enterpriseOf(user.getName()).filter(own -> own.equals(c.creditCode())).isPresent();
        }
        return districts.sees(user, c.districtCode());
    }

    @Override
    public boolean owns(String caseRef) {
        return DemocracyModule.DECLARATION.owns(caseRef);
    }

    @Override
    public boolean canRead(String caseRef, Authentication user) {
        return checks.find(caseRef).filter(c -> mayRead(c, user)).isPresent();
    }

    @Override
    public String title() {
        return "职代会和厂务公开检查";
    }

    /** Each year's check with its outcome and how many findings it had. */
    @Override
    public List<Entry> entries(Enterprise enterprise) {
        return checks.ofEnterprise(enterprise.creditCode()).stream().map(c -> {
            List<Finding> findings = checks.findings(c.caseNo(), checks.lastReportNo(c.caseNo()));
            long failures = findings.stream().filter(f -> f.weight() == Finding.Weight.FAILURE).count();
            String status = c.status().label() + (c.submissionMissed() ? "；未按期报送" : "")
                    + (findings.isEmpty() || c.status() == DemocracyCheck.Status.AWAITING_REPORT ? ""
                            : "；发现问题" + findings.size() + "项（不合格" + failures + "项）")
                    + (c.supervisionCaseNo() == null ? "" : "；已移送" + c.supervisionCaseNo());
            return new Entry(c.caseNo(), status, c.year() + "年度职代会和厂务公开检查",
                    c.createdAt().atZoneSameInstant(Zones.KUNMING).toLocalDate(), DemocracyPage.address(c.caseNo()));
        }).toList();
    }

    /** Every letter of a check is addressed to the enterprise and served on it through WorkRight. */
    @Override
    public boolean servedOnEnterprise(Letter letter) {
        return checks.find(letter.caseRef()).isPresent();
    }

    /** In an enterprise's file, staff see the cases of their districts, as on the case's own page. */
    @Override
    public boolean shows(String caseRef, Authentication staff) {
        return canRead(caseRef, staff);
    }

    @Override
    public boolean visibleToEnterprise() {
        return true;
    }

    /** A check begins by asking the enterprise for its report: it is no secret from the enterprise. */
    @Override
    public boolean enterpriseKnowsFromTheStart() {
        return true;
    }
}
