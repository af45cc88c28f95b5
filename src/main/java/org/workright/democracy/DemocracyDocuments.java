package org.workright.democracy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workright.casework.Upload;
import org.workright.democracy.DemocracyCheck.Status;
import org.workright.democracy.DemocracyDocument.Purpose;
import org.workright.enterprises.EnterpriseRegister;
import org.workright.people.Roles;
import org.workright.system.ProblemException;

/**
 * The documents an enterprise supports its report with: uploaded on the check's page while the
 * yearly report or a correction report is awaited, before the report's form is submitted, and read
 * by whoever may see the check. Once the report is in, its documents are part of the record.
 */
@Service
class DemocracyDocuments {

    /** Documents one report may carry. */
    static final int MOST_PER_REPORT = 20;

    /** The states in which the enterprise is preparing a report. */
    private static final Set<Status> AWAITING = EnumSet.of(Status.AWAITING_REPORT, Status.REMINDED, Status.RECTIFYING);

    private final DemocracyRepository checks;
    private final DemocracyQueries queries;
    private final EnterpriseRegister register;
    private final DemocracySettings settings;
    private final Clock clock;

    DemocracyDocuments(DemocracyRepository checks, DemocracyQueries queries, EnterpriseRegister register,
            DemocracySettings settings, Clock clock) {
        this.checks = checks;
        this.queries = queries;
        this.register = register;
        this.settings = settings;
        this.clock = clock;
    }

    int maxBytes() {
        return settings.periods().documentMaxBytes();
    }

    /** Whether the user represents the enterprise checked, and so uploads its documents. */
    boolean isParty(DemocracyCheck c, Authentication user) {
        return Roles.any(user, Roles.ENTERPRISE)
                && register.enterpriseOf(user.getName()).filter(c.creditCode()::equals).isPresent();
    }

    /** Whether a report is being prepared, so that documents may be added to it. */
    static boolean awaitingReport(DemocracyCheck c) {
        return AWAITING.contains(c.status());
    }

    /**
     * That the user may upload now: they represent the enterprise checked and a report is awaited.
     * Not found to those who may not see the check.
     */
    void requireUploadable(String caseNo, Authentication user) {
        DemocracyCheck c = checks.find(caseNo).filter(seen -> queries.mayRead(seen, user))
                .orElseThrow(() -> ProblemException.notFound("未找到该检查：" + caseNo));
        if (!isParty(c, user)) {
            throw ProblemException.forbidden("证明材料由被检查企业上传");
        }
        requireAwaited(c);
    }

    private static void requireAwaited(DemocracyCheck c) {
        if (!awaitingReport(c)) {
            throw ProblemException.conflict("当前没有待报送的报告，材料不能再上传（已报送的材料已归档）");
        }
    }

    @Transactional
    DemocracyDocument attach(String caseNo, Upload<Purpose> upload, Authentication user) {
        requireUploadable(caseNo, user);
        // uploads in parallel and the report's submission take turns: the check's row is held until this one is written
        requireAwaited(checks.lock(caseNo).orElseThrow());
        int reportNo = checks.lastReportNo(caseNo) + 1;
        if (checks.documents(caseNo).stream().filter(d -> d.reportNo() == reportNo).count() >= MOST_PER_REPORT) {
            throw new ProblemException(org.springframework.http.HttpStatus.CONFLICT, "状态冲突",
                    "每次报送最多上传" + MOST_PER_REPORT + "个文件", "file");
        }
        long id = checks.insertDocument(caseNo, reportNo, upload, OffsetDateTime.now(clock), user.getName());
        return checks.document(id).orElseThrow();
    }

    /**
     * A document uploaded by mistake, taken back by the enterprise while its report is still awaited;
     * once the report is in, its documents are part of the record.
     */
    @Transactional
    void delete(long id, Authentication user) {
        DemocracyDocument d = document(id, user).orElseThrow(() -> ProblemException.notFound("未找到该材料"));
        requireUploadable(d.caseNo(), user);
        requireAwaited(checks.lock(d.caseNo()).orElseThrow());
        if (d.reportNo() != checks.lastReportNo(d.caseNo()) + 1) {
            throw ProblemException.conflict("该材料所属的报告已报送，不能删除");
        }
        checks.deleteDocument(id);
    }

    /** Whether the enterprise may still take the document back (its report not yet in). */
    boolean removable(DemocracyDocument d, DemocracyCheck c, int reportsIn, Authentication user) {
        return awaitingReport(c) && d.reportNo() == reportsIn + 1 && isParty(c, user);
    }

    /** A document's metadata, for whoever may see its check. */
    Optional<DemocracyDocument> document(long id, Authentication user) {
        return checks.document(id).filter(d -> checks.find(d.caseNo()).filter(c -> queries.mayRead(c, user)).isPresent());
    }

    byte[] content(long id) {
        return checks.content(id);
    }
}
