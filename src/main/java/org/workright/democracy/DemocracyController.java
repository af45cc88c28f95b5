package org.workright.democracy;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.workright.people.Roles;
import org.workright.system.ProblemException;
import org.workright.system.Zones;

/** The checks' doors besides Tasklist: an inspector's check of one enterprise, and the year's figures. */
@RestController
@Tag(name = "职代会和厂务公开检查")
class DemocracyController {

    private final DemocracyChecks starts;
    private final DemocracyFigures figures;
    private final DemocracyDistricts districts;
    private final Clock clock;

    DemocracyController(DemocracyChecks starts, DemocracyFigures figures, DemocracyDistricts districts, Clock clock) {
        this.starts = starts;
        this.figures = figures;
        this.districts = districts;
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
        return new Started(starts.startOne(request.creditCode().strip(), request.year(), user.getName()));
    }

    @GetMapping("/api/democracy/figures")
    @Operation(summary = "职代会建制率和厂务公开率 Congress and openness rates of a year")
    DemocracyFigures.Figures figures(@RequestParam(required = false) Integer year, Authentication user) {
        if (!Roles.any(user, Roles.STAFF.toArray(String[]::new))) {
            throw ProblemException.forbidden("统计数据仅供工作人员查看");
        }
        int thisYear = LocalDate.now(clock.withZone(Zones.KUNMING)).getYear();
        if (year != null && (year < 2000 || year > thisYear)) {
            throw ProblemException.badField("year", "年度应在2000年至" + thisYear + "年之间");
        }
        return figures.of(year == null ? thisYear : year);
    }
}
