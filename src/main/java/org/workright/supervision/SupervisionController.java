package org.workright.supervision;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.workright.system.ProblemException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Supervision cases for inspectors, their leads and labour-bureau reviewers. */
@RestController
@Tag(name = "supervision", description = "工会劳动法律监督 Labour-law supervision")
class SupervisionController {

    private final SupervisionQueries queries;

    SupervisionController(SupervisionQueries queries) {
        this.queries = queries;
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

    private static void requireReader(Authentication user) {
        if (!SupervisionQueries.mayRead(user)) {
            throw ProblemException.forbidden("仅劳动法律监督员和劳动保障部门可以查看");
        }
    }
}
