package org.workright.democracy;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.workright.casework.Upload;
import org.workright.system.ProblemException;
import org.workright.system.Zones;

/**
 * The checks' doors besides Tasklist: an inspector's check of one enterprise, a check's page with
 * its supporting documents (uploaded by the enterprise), and the year's figures.
 */
@RestController
@Tag(name = "职代会和厂务公开检查")
class DemocracyController {

    private final DemocracyChecks starts;
    private final DemocracyFigures figures;
    private final DemocracyDistricts districts;
    private final DemocracyPage page;
    private final DemocracyDocuments documents;
    private final Clock clock;

    DemocracyController(DemocracyChecks starts, DemocracyFigures figures, DemocracyDistricts districts,
            DemocracyPage page, DemocracyDocuments documents, Clock clock) {
        this.starts = starts;
        this.figures = figures;
        this.districts = districts;
        this.page = page;
        this.documents = documents;
        this.clock = clock;
    }

    record StartRequest(String creditCode, Integer year) {
    }

    record Started(String caseNo) {
    }

    @PostMapping("/api/democracy/checks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "对一个企业发起职代会和厂务公开检查 Start one enterprise's check")
    Started start(@RequestBody StartRequest request, Authentication user) {
        // who asks comes first: nobody else learns which enterprises are registered
        if (!districts.isStaff(user)) {
            throw ProblemException.forbidden("只有工会民主管理检查员可以发起检查");
        }
        if (request.creditCode() == null || request.creditCode().isBlank()) {
            throw ProblemException.badField("creditCode", "请选择被检查企业");
        }
        if (request.year() == null) {
            throw ProblemException.badField("year", "请填写检查年度");
        }
        starts.requireCheckableYear(request.year(), "year");
        return new Started(starts.startOne(request.creditCode().strip(), request.year(), user.getName()));
    }

    @GetMapping("/api/democracy/checks/{caseNo}")
    @Operation(summary = "检查详情 A check with its reports, findings, documents and letters")
    DemocracyPage.View check(@PathVariable String caseNo, Authentication user) {
        return page.view(caseNo, user).orElseThrow(() -> ProblemException.notFound("未找到该检查：" + caseNo));
    }

    /** A supporting document of the report the enterprise is preparing (before it submits the report's form). */
    // any content type: a request that is not multipart is told what it lacks, after who asks is settled
    @PostMapping("/api/democracy/checks/{caseNo}/documents")
    @Operation(summary = "上传报送材料 Upload a document supporting the report awaited")
    ResponseEntity<DemocracyPage.DocumentView> attach(@PathVariable String caseNo,
            @RequestParam(name = "purpose", required = false) String purpose,
            @RequestPart(name = "file", required = false) MultipartFile file, Authentication user) {
        // who asks and when come first: only the enterprise checked, while a report is awaited, learns what its upload lacks
        documents.requireUploadable(caseNo, user);
        DemocracyDocument.Purpose p = Upload.purpose(DemocracyDocument.Purpose.class, purpose);
        Upload<DemocracyDocument.Purpose> upload = Upload.of("file", p, file, documents.maxBytes());
        if (upload == null) {
            throw ProblemException.badField("file", "请选择要上传的文件");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(DemocracyPage.DocumentView.of(documents.attach(caseNo, upload, user), true));
    }

    /** Inline for PDF and images, as an attachment with {@code download=true}. */
    @GetMapping("/api/democracy/documents/{id}")
    @Operation(summary = "下载报送材料 A check's supporting document")
    ResponseEntity<byte[]> document(@PathVariable long id, @RequestParam(defaultValue = "false") boolean download,
            Authentication user) {
        DemocracyDocument d = documents.document(id, user).orElseThrow(() -> ProblemException.notFound("未找到该材料"));
        return Upload.serve(d.fileName(), d.contentType(), documents.content(id), download);
    }

    @DeleteMapping("/api/democracy/documents/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除报送材料 Take back a document before its report is submitted")
    void delete(@PathVariable long id, Authentication user) {
        documents.delete(id, user);
    }

    @GetMapping("/api/democracy/figures")
    @Operation(summary = "职代会建制率和厂务公开率 Congress and openness rates of a year")
    DemocracyFigures.Figures figures(@RequestParam(required = false) Integer year, Authentication user) {
        // the federation's officers, of any district (a small county's count comes close to one enterprise's result)
        if (!districts.isStaff(user)) {
            throw ProblemException.forbidden("统计数据仅供工会民主管理检查员查看");
        }
        int thisYear = LocalDate.now(clock.withZone(Zones.KUNMING)).getYear();
        if (year != null && (year < 2000 || year > thisYear)) {
            throw ProblemException.badField("year", "年度应在2000年至" + thisYear + "年之间");
        }
        return figures.of(year == null ? thisYear : year);
    }
}
