package org.workright.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.workright.letters.PrintableLetter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.workright.people.Roles;
import org.workright.system.ProblemException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.RuntimeService;


/** Supervision cases for inspectors, their leads and labour-bureau reviewers. */
@RestController
@Tag(name = "supervision", description = "工会劳动法律监督 Labour-law supervision")
class SupervisionController {

    private final SupervisionQueries queries;
    private final InspectorCertificates certificates;
    private final SupervisionTriageSteps triage;
    private final SupervisionNoticeSteps notices;
    private final RuntimeService runtime;

    private final Clock clock;

    SupervisionController(SupervisionQueries queries, InspectorCertificates certificates, SupervisionTriageSteps triage,
            SupervisionNoticeSteps notices, RuntimeService runtime, Clock clock) {
        this.notices = notices;
        this.runtime = runtime;
        this.clock = clock;
        this.queries = queries;
        this.certificates = certificates;
        this.triage = triage;
    }

    /** What a lead records of an inspector's 监督证 (art 18). */
    record CertificateEntry(
            @Schema(description = "监督证编号（最多64字）") String certificateNo,
            @Schema(description = "有效期至（长期有效的不填）") LocalDate validUntil) {
    }

    @GetMapping("/api/supervision/inspector-certificates")
    @Operation(summary = "劳动法律监督证登记 The inspectors' certificates")
    List<InspectorCertificates.Certificate> certificates(Authentication user) {
        requireLead(user);
        return certificates.all();
    }

    /** Leads keep the register: an investigation takes only inspectors with a valid certificate. */
    @PutMapping("/api/supervision/inspector-certificates/{userId}")
    @Operation(summary = "登记或更新监督员的监督证 Record an inspector's certificate")
    InspectorCertificates.Certificate certify(@PathVariable String userId, @RequestBody CertificateEntry entry,
            Authentication user) {
        // who may comes before what was sent: a stranger learns nothing of the rules of the entry
        requireLead(user);
        String number = entry.certificateNo() == null ? "" : entry.certificateNo().strip();
        if (number.isEmpty() || number.length() > 64) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "请求内容有误", "请填写监督证编号（最多64字）", "certificateNo");
        }
        if (userId.equals(user.getName())) {
            throw ProblemException.forbidden("不能为自己登记监督证，请由另一名监督负责人或管理员登记");
        }
        if (certificates.holder(number).filter(holder -> !holder.equals(userId)).isPresent()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "请求内容有误", "该监督证编号已登记在另一名监督员名下",
                    "certificateNo");
        }
        if (!triage.isInspector(userId)) {
            throw ProblemException.notFound("该用户不是劳动法律监督员");
        }
        return certificates.save(userId, number, entry.validUntil(), user.getName(),
                OffsetDateTime.now(clock));
    }

    /** The roster an investigation's team is picked from (Tasklist's investigation form shows it by name). */
    @GetMapping("/api/supervision/inspectors")
    @Operation(summary = "劳动法律监督员名册 The inspectors an investigation may take, with their certificates")
    List<SupervisionTriageSteps.RosterEntry> inspectors(Authentication user) {
        if (!Roles.any(user, SupervisionModule.INSPECTORS, SupervisionModule.LEADS, Roles.ADMIN)) {
            throw ProblemException.forbidden("仅劳动法律监督员和监督负责人可以查看名册");
        }
        return triage.roster(Roles.any(user, SupervisionModule.LEADS, Roles.ADMIN));
    }

    /** The 意见书 as drafted, marked as a draft, for the lead approving it (Task_ApproveNotice links here). */
    @GetMapping(value = "/api/supervision/cases/{caseNo}/notice-preview", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "意见书草稿预览（监督员、监督负责人）The draft notice as it would be issued")
    ResponseEntity<String> noticePreview(@PathVariable String caseNo, Authentication user) {
        if (!Roles.any(user, SupervisionModule.INSPECTORS, SupervisionModule.LEADS, Roles.ADMIN)) {
            throw ProblemException.forbidden("仅劳动法律监督员和监督负责人可以预览意见书");
        }
        // the draft lives in the open case's variables until the lead approves it and the notice step records it
        var open = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).active().list();
        var draft = open.size() == 1 ? runtime.getVariables(open.get(0).getId(),
                List.of(SupervisionProcess.Var.REQUIRED_CORRECTION, SupervisionProcess.Var.CORRECTION_DAYS)) : Map.of();
        if (!(draft.get(SupervisionProcess.Var.REQUIRED_CORRECTION) instanceof String correction) || correction.isBlank()) {
            throw ProblemException.notFound("该案件没有待审批的意见书草稿（已出具的意见书请在案件工作台查看）");
        }
        return notices.noticePreview(caseNo, correction, draft.get(SupervisionProcess.Var.CORRECTION_DAYS))
                .map(PrintableLetter::draft).orElseThrow(() -> ProblemException.notFound("该案件没有待审批的意见书草稿（已出具的意见书请在案件工作台查看）"));
    }

    @GetMapping("/api/supervision/cases")
    @Operation(summary = "监督案件列表 List supervision cases")
    List<SupervisionQueries.CaseView> list(@RequestParam(required = false) SupervisionStatus status,
            Authentication user) {
        requireReader(user);
        return queries.list(status, user);
    }

    @GetMapping("/api/supervision/cases/{caseNo}")
    @Operation(summary = "监督案件详情 One supervision case")
    SupervisionQueries.CaseDetail one(@PathVariable String caseNo, Authentication user) {
        requireReader(user);
        return queries.detail(caseNo, user).orElseThrow(() -> ProblemException.notFound("未找到该监督案件"));
    }

    private static void requireLead(Authentication user) {
        if (!Roles.any(user, SupervisionModule.LEADS, Roles.ADMIN)) {
            throw ProblemException.forbidden("仅监督负责人和管理员可以登记监督证");
        }
    }

    private static void requireReader(Authentication user) {
        if (!SupervisionQueries.mayRead(user)) {
            throw ProblemException.forbidden("仅劳动法律监督员和劳动保障部门可以查看");
        }
    }
}
