package org.workright.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.workright.casework.CaseworkProcess;
import org.workright.enterprises.Enterprise;
import org.workright.enterprises.EnterpriseFileSection;
import org.workright.letters.CaseAccess;
import org.workright.letters.Letter;
import org.workright.people.Roles;
import org.workright.system.Zones;

/**
 * Who may read supervision cases (inspectors, their leads, labour-bureau reviewers) and the
 * supervision part of an enterprise's file. Entries never carry the facts, which may name the
 * complainant; the enterprise sees the letters served on it.
 */
@Service
class SupervisionQueries implements CaseAccess, EnterpriseFileSection {

    private static final String[] READERS = {SupervisionModule.INSPECTORS, SupervisionModule.LEADS, SupervisionModule.LABOUR_BUREAU, Roles.ADMIN};

    private final SupervisionCaseRepository cases;

    SupervisionQueries(SupervisionCaseRepository cases) {
        this.cases = cases;
    }

    record CaseView(String caseNo, String status, String statusLabel, String employerName, String creditCode,
            String source, String sourceRef, LocalDate replyDue, LocalDate answerDue, LocalDate inspectionDue) {
    }

    List<CaseView> list(SupervisionStatus status, Authentication user) {
        return cases.list(status).stream().filter(c -> visibleTo(c, user)).map(SupervisionQueries::view).toList();
    }

    /** A case's detail; the complainant is named only to union inspectors, never to the labour bureau. */
    record CaseDetail(CaseView summary, String facts, String complainant, boolean complainantConsents,
            String inspectors, String findings, String evidence, String articlesBreached, String requiredCorrection,
            LocalDate servedOn, String serviceMethod, String replyText, String correctiveMeasures,
            String labourDepartment, Boolean caseOpened, String answerNote, String inspectionExtensionNote,
            String inspectionExtendedBy, String outcome) {
    }

    Optional<CaseDetail> detail(String caseNo, Authentication user) {
        boolean inspector = isUnionSide(user);
        return cases.find(caseNo).filter(c -> visibleTo(c, user)).map(c -> new CaseDetail(view(c), inspector ? c.facts() : null,
                inspector ? c.complainantName() : null, c.complainantConsents(), c.inspectors(), c.findings(),
                c.evidence(), c.articlesBreached(), c.requiredCorrection(), c.servedOn(), c.serviceMethod(),
                c.replyText(), c.correctiveMeasures(), c.labourDepartment(), c.caseOpened(), c.answerNote(),
                c.inspectionExtensionNote(), c.inspectionExtendedBy(), c.outcome()));
    }

    static boolean mayRead(Authentication user) {
        return Roles.any(user, READERS);
    }

    @Override
    public boolean owns(String caseRef) {
        return SupervisionModule.DECLARATION.owns(caseRef);
    }

    /** Inspectors read every case; the labour bureau only those referred to it with a 建议书. */
    @Override
    public boolean canRead(String caseRef, Authentication user) {
        return mayRead(user) && cases.find(caseRef).filter(c -> visibleTo(c, user)).isPresent();
    }

    private static boolean visibleTo(SupervisionCase c, Authentication user) {
        return isUnionSide(user) || c.labourDepartment() != null;
    }

    static boolean isUnionSide(Authentication user) {
        return Roles.any(user, SupervisionModule.INSPECTORS, SupervisionModule.LEADS, Roles.ADMIN);
    }

    @Override
    public String title() {
        return "劳动法律监督（提示函、意见书、建议书）";
    }

    @Override
    public List<Entry> entries(Enterprise enterprise) {
        return cases.findByEnterprise(enterprise.creditCode()).stream()
                .map(c -> new Entry(c.caseNo(), c.status().label(), "劳动法律监督",
                        c.createdAt().atZoneSameInstant(Zones.KUNMING).toLocalDate()))
                .toList();
    }

    /**
     * The 意见书 only once its service is recorded (until then the enterprise must not be tipped
     * off); the 提示函, 送达回证 and 整改确认书 when issued; never the 建议书 to the labour bureau.
     */
    @Override
    public boolean servedOnEnterprise(Letter letter) {
        if (SupervisionModule.LETTERS.get(letter.kind()) != CaseworkProcess.Audience.ENTERPRISE) {
            return false;
        }
        return !letter.kind().equals("supervision.notice")
                || cases.find(letter.caseRef()).map(c -> c.servedOn() != null).orElse(false);
    }

    /** In an enterprise's file, staff see the cases they may open. */
    @Override
    public boolean shows(String caseRef, Authentication staff) {
        return canRead(caseRef, staff);
    }

    @Override
    public boolean visibleToEnterprise() {
        return true;
    }

    private static CaseView view(SupervisionCase c) {
        return new CaseView(c.caseNo(), c.status().name(), c.status().label(), c.employerName(), c.creditCode(),
                c.source(), c.sourceRef(), c.replyDue(), c.answerDue(), c.inspectionDue());
    }
}
