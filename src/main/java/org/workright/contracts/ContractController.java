package org.workright.contracts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.workright.people.Roles;
import org.workright.system.ProblemException;
import org.workright.system.Zones;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.workright.casework.Upload;
import org.workright.contracts.ContractDocument.Purpose;

/**
 * Filing collective contracts online, and reading them: an enterprise's representative files and
 * follows its own; a union officer files its district's regional contracts; reviewers and union
 * officers read their district's; figures for everyone on the staff. Each filing is a multipart
 * request: the contract as JSON ({@code filing}) and its documents ({@code text}, {@code scan},
 * and {@code authorization} when a delegate leads the employer's side).
 */
@RestController
@Tag(name = "collective-contracts", description = "集体合同报送审查 Collective-contract filing")
class ContractController {

    private final ContractIntake intake;
    private final ContractQueries queries;
    private final ContractFigures figures;
    private final ContractPeriods periods;
    private final Clock clock;

    ContractController(ContractIntake intake, ContractQueries queries, ContractFigures figures, ContractPeriods periods,
            Clock clock) {
        this.intake = intake;
        this.queries = queries;
        this.figures = figures;
        this.periods = periods;
        this.clock = clock;
    }

    /** The contract and, for a regional or industry-wide one, its parties and the enterprises it covers. */
    @Schema(description = "报送内容")
    record FilingRequest(@Schema(description = "合同") FilingInput contract,
            @Schema(description = "行业性、区域性集体合同的双方及覆盖企业（工会报送时填写）") ContractIntake.RegionalParties regional) {
    }

    record Filed(String caseNo, String status, String statusLabel) {
    }

    @PostMapping(value = "/api/contracts/filings", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "报送集体合同 File a collective contract with its text and signed scan")
    ResponseEntity<Filed> file(@RequestPart(name = "filing", required = false) FilingRequest filing,
            @RequestPart(name = "text", required = false) MultipartFile text,
            @RequestPart(name = "scan", required = false) MultipartFile scan,
            @RequestPart(name = "authorization", required = false) MultipartFile authorization, Authentication user) {
        FilingInput contract = contract(filing);
        String caseNo = intake.file(contract, filing.regional(), uploads(text, scan, authorization), user);
        return ResponseEntity.status(201).body(filed(caseNo, user));
    }

    /**
     * The next version: a re-filing after a 审查意见书, or an amendment of a contract in force (art 42),
     * whichever the contract's state calls for.
     */
    @PostMapping(value = "/api/contracts/filings/{caseNo}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "重新报送或报送变更 File the contract again: after an objection, or amended")
    ResponseEntity<Filed> refile(@PathVariable String caseNo,
            @RequestPart(name = "filing", required = false) FilingRequest filing,
            @RequestPart(name = "text", required = false) MultipartFile text,
            @RequestPart(name = "scan", required = false) MultipartFile scan,
            @RequestPart(name = "authorization", required = false) MultipartFile authorization, Authentication user) {
        FilingInput contract = contract(filing);
        Contract c = intake.forParty(caseNo, user);
        List<Upload<Purpose>> uploads = uploads(text, scan, authorization);
        if (c.status() == Contract.Status.OBJECTED) {
            intake.refile(caseNo, contract, uploads, user);
        } else {
            intake.amend(caseNo, contract, uploads, user);
        }
        return ResponseEntity.status(201).body(filed(caseNo, user));
    }

    /** A document for a filing made in Tasklist, before it is received. */
    @PostMapping(value = "/api/contracts/filings/{caseNo}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传报送材料 Upload a document of a filing not yet received")
    ResponseEntity<ContractQueries.DocumentView> attach(@PathVariable String caseNo,
            @RequestParam(name = "purpose", required = false) String purpose,
            @RequestPart(name = "file", required = false) MultipartFile file, Authentication user) {
        Purpose p = Upload.purpose(Purpose.class, purpose);
        Upload<Purpose> upload = upload("file", p, file);
        if (upload == null) {
            throw ProblemException.badField("file", "请选择要上传的文件");
        }
        return ResponseEntity.status(201).body(ContractQueries.DocumentView.of(intake.attach(caseNo, upload, user)));
    }

    @GetMapping("/api/contracts/filings")
    @Operation(summary = "可见的集体合同 The filings the user may see")
    List<ContractQueries.Summary> list(Authentication user) {
        if (!ContractQueries.isStaff(user) && !Roles.any(user, Roles.ENTERPRISE)) {
            throw ProblemException.forbidden("只有劳动保障部门审查员、工会集体合同指导员和企业代表可以查看集体合同");
        }
        return queries.list(user);
    }

    @GetMapping("/api/contracts/filings/{caseNo}")
    @Operation(summary = "集体合同详情 A filing with its versions, documents and coverage")
    ContractQueries.Detail detail(@PathVariable String caseNo, Authentication user) {
        return queries.detail(caseNo, user).orElseThrow(() -> ProblemException.notFound("未找到该集体合同：" + caseNo));
    }

    /** Inline for PDF and images, as an attachment with {@code download=true}. */
    @GetMapping("/api/contracts/documents/{id}")
    @Operation(summary = "下载报送材料 A filing's document")
    ResponseEntity<byte[]> document(@PathVariable long id, @RequestParam(defaultValue = "false") boolean download,
            Authentication user) {
        ContractDocument d = queries.document(id, user).orElseThrow(() -> ProblemException.notFound("未找到该材料"));
        return Upload.serve(d.fileName(), d.contentType(), queries.content(id), download);
    }

    @GetMapping("/api/contracts/figures")
    @Operation(summary = "集体合同统计 Valid contracts, workers covered and wage-bargaining coverage on a day")
    ContractFigures.Figures figures(@RequestParam(required = false) LocalDate on, Authentication user) {
        if (!Roles.any(user, Roles.STAFF.toArray(String[]::new))) {
            throw ProblemException.forbidden("统计数据仅供工作人员查看");
        }
        return figures.on(on == null ? LocalDate.now(clock.withZone(Zones.KUNMING)) : on);
    }

    private Filed filed(String caseNo, Authentication user) {
        ContractQueries.Summary s = queries.detail(caseNo, user).orElseThrow().summary();
        return new Filed(caseNo, s.status(), s.statusLabel());
    }

    private static FilingInput contract(FilingRequest filing) {
        if (filing == null || filing.contract() == null) {
            throw ProblemException.badField("filing", "请提交报送内容（filing，JSON）");
        }
        return filing.contract();
    }

    private List<Upload<Purpose>> uploads(MultipartFile text, MultipartFile scan, MultipartFile authorization) {
        List<Upload<Purpose>> uploads = new ArrayList<>();
        MultipartFile[] files = {text, scan, authorization};
        ContractDocument.Purpose[] purposes = {ContractDocument.Purpose.TEXT, ContractDocument.Purpose.SCAN,
                ContractDocument.Purpose.AUTHORIZATION};
        for (int i = 0; i < files.length; i++) {
            Upload<Purpose> u = upload(purposes[i].name().toLowerCase(java.util.Locale.ROOT), purposes[i], files[i]);
            if (u != null) {
                uploads.add(u);
            }
        }
        return uploads;
    }

    private Upload<Purpose> upload(String field, Purpose purpose, MultipartFile file) {
        return Upload.of(field, purpose, file, periods.documentMaxBytes());
    }
}
