package org.workright.legalaid;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.workright.people.TestIds;

/** Valid applications to start from; each test changes only what its path is about. */
public final class TestApplications {

    String applicantName = "李四";
    String idNumber = TestIds.next();
    String phone = "13800138000";
    Boolean migrantWorker = false;
    MeansTestExemption meansTestExemption = null;
    BigDecimal perCapitaIncome = new BigDecimal("1500");
    String employerName = "昆明示例建筑劳务有限公司";
    String employerCreditCode = null;
    ClaimType claimType = ClaimType.WAGE_ARREARS;
    BigDecimal claimAmount = new BigDecimal("12000");
    String facts = "被拖欠工资三个月。";
    LocalDate infringementKnownOn = LocalDate.of(2025, 12, 1);
    Boolean stillEmployed = false;
    LocalDate leftEmploymentOn = LocalDate.of(2025, 12, 1);
    LocalDate proceduralDeadline = null;
    Boolean needsPreservation = false;
    Boolean needsAdvanceExecution = false;
    ApplicantKind applicantKind = null;
    String contactPerson = null;

    public static TestApplications wageClaim() {
        return new TestApplications();
    }

    public TestApplications claim(ClaimType type) {
        this.claimType = type;
        return this;
    }

    public TestApplications unionOfficer() {
        this.applicantKind = ApplicantKind.UNION_OFFICER;
        return this;
    }

    /** A union organisation: its credit code for the ID, a contact person, and no means or employment. */
    public TestApplications unionOrganisation(String name, String creditCode) {
        this.applicantKind = ApplicantKind.UNION_ORGANISATION;
        this.applicantName = name;
        this.idNumber = creditCode;
        this.contactPerson = "王五";
        this.migrantWorker = null;
        this.perCapitaIncome = null;
        this.stillEmployed = null;
        this.leftEmploymentOn = null;
        this.claimType = ClaimType.UNION_ORGANISATION_RIGHTS;
        return this;
    }

    public TestApplications exemption(MeansTestExemption exemption) {
        this.meansTestExemption = exemption;
        return this;
    }

    public TestApplications income(String amount) {
        this.perCapitaIncome = new BigDecimal(amount);
        return this;
    }

    public TestApplications employerCode(String creditCode) {
        this.employerCreditCode = creditCode;
        return this;
    }

    public TestApplications employer(String name) {
        this.employerName = name;
        return this;
    }

    public TestApplications advanceExecution() {
        this.needsAdvanceExecution = true;
        return this;
    }

    public TestApplications proceduralDeadline(LocalDate date) {
        this.proceduralDeadline = date;
        return this;
    }

    public LegalAidApplication build() {
        return new LegalAidApplication(applicantName, idNumber, phone, "昆明市盘龙区", migrantWorker, meansTestExemption,
                perCapitaIncome,
                employerName, employerCreditCode, claimType, claimAmount, facts, infringementKnownOn, stillEmployed,
                leftEmploymentOn, proceduralDeadline, needsPreservation, needsAdvanceExecution, applicantKind,
                contactPerson);
    }
}
