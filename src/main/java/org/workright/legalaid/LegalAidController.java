package org.workright.legalaid;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.workright.system.RateLimited;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.workright.letters.PrintableLetter;
import org.workright.system.ProblemException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Legal aid over HTTP: the worker's public application and status check, and the staff's case views. */
@RestController
@Validated
@Tag(name = "legal-aid", description = "工会法律援助 Legal aid")
class LegalAidController {

    private final LegalAidIntake intake;
    private final LegalAidQueries queries;

    LegalAidController(LegalAidIntake intake, LegalAidQueries queries) {
        this.intake = intake;
        this.queries = queries;
    }

    @PostMapping("/api/public/legal-aid/applications")
    @RateLimited("public-application")
    @Operation(summary = "提交法律援助申请（无需登录）Apply for legal aid",
            description = "返回案件编号和查询码；查询码只显示这一次，请妥善保存。")
    ResponseEntity<LegalAidIntake.Submission> apply(@Valid @RequestBody LegalAidApplication application,
            @RequestHeader(name = "Idempotency-Key", required = false) String submissionKey) {
        if (submissionKey != null && (submissionKey.isBlank() || submissionKey.length() > 64)) {
            throw ProblemException.badField("Idempotency-Key", "提交标识应为1至64个字符");
        }
        LegalAidIntake.Submission submission = intake.submit(application, submissionKey);
        return ResponseEntity.created(URI.create("/api/legal-aid/cases/" + submission.caseNo())).body(submission);
    }

    record StatusQuery(@NotBlank(message = "请填写案件编号") String caseNo,
            @NotBlank(message = "请填写查询码") String accessCode) {
    }

    /** POST so the access code never appears in URLs or access logs. */
    @PostMapping("/api/public/legal-aid/status")
    @RateLimited("public-status")
    @Operation(summary = "凭案件编号和查询码查询进度（无需登录）Check status")
    LegalAidIntake.StatusView status(@Valid @RequestBody StatusQuery query) {
        return intake.status(query.caseNo().strip(), query.accessCode());
    }

    record LetterQuery(@NotBlank(message = "请填写案件编号") String caseNo,
            @NotBlank(message = "请填写查询码") String accessCode,
            @NotNull(message = "请指明文书") Long letterId) {
    }

    /** A form POST from the status page, so the letter opens in its own printable tab without the code in the URL. */
    @RateLimited("public-status")
    @PostMapping(value = "/api/public/legal-aid/letters", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "凭案件编号和查询码查看向本人出具的文书（无需登录）Open a letter sent to the worker")
    ResponseEntity<String> letter(@Valid LetterQuery query) {
        return PrintableLetter.response(intake.workerLetter(query.caseNo().strip(), query.accessCode(), query.letterId()));
    }

    @GetMapping("/api/legal-aid/cases")
    @Operation(summary = "案件列表（律师只看到自己承办的案件）List cases")
    List<LegalAidQueries.CaseView> list(@RequestParam(required = false) CaseStatus status, Authentication user) {
        return queries.list(status, user);
    }

    @GetMapping("/api/legal-aid/cases/{caseNo}")
    @Operation(summary = "案件详情 One case")
    LegalAidQueries.CaseDetail one(@PathVariable String caseNo, Authentication user) {
        return queries.detail(caseNo, user)
                .orElseThrow(() -> ProblemException.notFound("未找到该案件或无权查看"));
    }

    @PostMapping("/api/legal-aid/cases/{caseNo}/access-code")
    @Operation(summary = "为申请人重新生成查询码（法律援助中心）Issue a new access code")
    Map<String, String> resetAccessCode(@PathVariable String caseNo, Authentication user) {
        if (!LegalAidQueries.isOffice(user)) {
            throw ProblemException.forbidden("仅法律援助中心工作人员可以操作");
        }
        return Map.of("caseNo", caseNo, "accessCode", intake.resetAccessCode(caseNo));
    }
}
