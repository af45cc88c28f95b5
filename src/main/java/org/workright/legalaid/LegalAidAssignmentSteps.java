package org.workright.legalaid;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workright.casework.Deadlines;
import org.workright.casework.EngineAccess;

/**
 * Assignment: a volunteer lawyer is matched, may decline (and is not proposed again), and the one
 * who accepts is named to the worker (LAL art 45).
 */
@Service
class LegalAidAssignmentSteps {

    private final LegalAidCaseRepository cases;
    private final LawyerRepository lawyers;
    private final LegalAidLetters letters;
    private final Deadlines deadlines;
    private final EngineAccess engineAccess;
    private final Clock clock;
    private final LawyerMatcher matcher = new LawyerMatcher();

    LegalAidAssignmentSteps(LegalAidCaseRepository cases, LawyerRepository lawyers, LegalAidLetters letters,
            Deadlines deadlines, EngineAccess engineAccess, Clock clock) {
        this.cases = cases;
        this.lawyers = lawyers;
        this.letters = letters;
        this.deadlines = deadlines;
        this.engineAccess = engineAccess;
        this.clock = clock;
    }

    /** The proposed lawyer may read the case in Tasklist while deciding. */
    @Transactional
    Optional<String> proposeLawyer(String caseNo, String processInstanceId) {
        LegalAidCase c = cases.require(caseNo);
        Optional<String> lawyer = matcher.choose(lawyers.activeLawyers(), c.claimType(), c.employerName(),
                c.employerCreditCode(), cases.declinedBy(caseNo)).map(Lawyer::userId);
        cases.propose(caseNo, lawyer.orElse(null));
        lawyer.ifPresent(id -> engineAccess.grantUserRead(processInstanceId, id));
        return lawyer;
    }

    /** A lawyer who declined loses sight of the case and is not proposed again. */
    @Transactional
    void recordDecline(String caseNo, String reason, String processInstanceId) {
        String lawyerId = proposedLawyer(caseNo);
        cases.recordDecline(caseNo, lawyerId, reason, OffsetDateTime.now(clock));
        engineAccess.revokeUserRead(processInstanceId, lawyerId);
    }

    /** 指派通知书 to the lawyer who accepted, and the notice naming them to the worker. */
    @Transactional
    String confirmAssignment(String caseNo) {
        LegalAidCase c = cases.require(caseNo);
        String lawyerId = proposedLawyer(caseNo);
        cases.assignLawyer(caseNo, lawyerId, deadlines.today());
        letters.assignment(c, lawyerId, lawyers.contact(lawyerId));
        return lawyerId;
    }

    /** The lawyer offered the case, as recorded by the matcher (never as a form says). */
    private String proposedLawyer(String caseNo) {
        return cases.proposedLawyer(caseNo).orElseThrow(() -> new IllegalStateException("No lawyer proposed for " + caseNo));
    }
}
