package org.workright.legalaid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.workright.letters.CaseAccess;
import org.workright.people.Roles;

/**
 * Staff views of legal-aid cases. Office staff and the lead see every case; a volunteer lawyer
 * sees only the cases assigned to them. The ID number is always masked.
 */
@Service
class LegalAidQueries implements CaseAccess {

    private final LegalAidCaseRepository cases;

    LegalAidQueries(LegalAidCaseRepository cases) {
        this.cases = cases;
    }

    record CaseView(String caseNo, String status, String statusLabel, String applicantName, String employerName,
            String claimType, BigDecimal claimAmount, boolean urgent, String lawyerId, OffsetDateTime createdAt) {
    }

    record CaseDetail(CaseView summary, String applicantKind, String contactPerson, String maskedIdNumber,
            String applicantPhone, String channel,
            boolean migrantWorker, BigDecimal perCapitaIncome, String employerCreditCode, String facts,
            LocalDate infringementKnownOn, boolean stillEmployed, LocalDate leftEmploymentOn,
            LocalDate proceduralDeadline, String disputeStage, String missingItems, String decision,
            String decisionReason, LocalDate decidedOn, LocalDate assignedOn, String closureOutcome,
            String closureReport, String terminationReason, LocalDate endedOn,
            List<LegalAidCaseRepository.StageEntry> stages) {
    }

    List<CaseView> list(CaseStatus status, Authentication user) {
        String lawyerFilter = isOffice(user) ? null : user.getName();
        if (lawyerFilter != null && !Roles.any(user, LegalAidModule.LAWYERS)) {
            return List.of();
        }
        return cases.list(lawyerFilter, status).stream().map(LegalAidQueries::view).toList();
    }

    Optional<CaseDetail> detail(String caseNo, Authentication user) {
        return cases.find(caseNo).filter(c -> mayRead(c, user)).map(c -> new CaseDetail(view(c), c.applicantKind().label(),
                c.contactPerson(), c.maskedIdNumber(),
                c.applicantPhone(), c.channel(), c.migrantWorker(), c.perCapitaIncome(), c.employerCreditCode(),
                c.facts(), c.infringementKnownOn(), c.stillEmployed(), c.leftEmploymentOn(), c.proceduralDeadline(),
                c.disputeStage().label(), c.missingItems(), c.decision(), c.decisionReason(), c.decidedOn(),
                c.assignedOn(), c.closureOutcome(), c.closureReport(),
                c.terminationReason() == null ? null : c.terminationReason().label(), c.endedOn(),
                cases.stages(caseNo)));
    }

    @Override
    public boolean owns(String caseRef) {
        return LegalAidModule.DECLARATION.owns(caseRef);
    }

    @Override
    public boolean canRead(String caseRef, Authentication user) {
        return cases.find(caseRef).filter(c -> mayRead(c, user)).isPresent();
    }

    private static boolean mayRead(LegalAidCase c, Authentication user) {
        return isOffice(user) || (Roles.any(user, LegalAidModule.LAWYERS) && user.getName().equals(c.lawyerId()));
    }

    static boolean isOffice(Authentication user) {
        return Roles.any(user, LegalAidModule.OFFICE, LegalAidModule.LEAD, Roles.ADMIN);
    }

    private static CaseView view(LegalAidCase c) {
        return new CaseView(c.caseNo(), c.status().name(), c.status().label(), c.applicantName(), c.employerName(),
                c.claimType().label(), c.claimAmount(), c.urgent(), c.lawyerId(), c.createdAt());
    }
}
