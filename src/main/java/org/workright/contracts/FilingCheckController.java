package org.workright.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.workright.casework.Districts;
import org.workright.enterprises.Enterprise;
import org.workright.enterprises.EnterpriseRegister;
import org.workright.people.Roles;
import org.workright.system.ProblemException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Checks a collective contract against the filing rules before it is filed: the enterprise's
 * representative sees every problem at once, each naming its rule and its field, instead of
 * learning them one refusal at a time. The minimum wage is that of the enterprise's county.
 */
@RestController
@Tag(name = "collective-contracts", description = "集体合同报送审查 Collective-contract filing")
class FilingCheckController {

    private final FilingCheck check;
    private final FilingRules rules;
    private final EnterpriseRegister register;
    private final Districts districts;
    private final Clock clock;

    FilingCheckController(FilingCheck check, FilingRules rules, EnterpriseRegister register, Districts districts,
            Clock clock) {
        this.check = check;
        this.rules = rules;
        this.register = register;
        this.districts = districts;
        this.clock = clock;
    }

    /** A contract as it would be filed; an enterprise's representative names no enterprise (theirs is meant). */
    record Draft(@Schema(description = "企业统一社会信用代码（企业代表不填，即本企业）") String creditCode,
            @Schema(description = "签订日期") LocalDate signedOn,
            @Schema(description = "合同期限起始日") LocalDate startsOn,
            @Schema(description = "合同期限终止日") LocalDate endsOn,
            List<ContractDraft.Negotiator> negotiators, ContractDraft.Vote vote,
            @Schema(description = "约定的最低月工资（元）") BigDecimal lowestMonthlyWage) {
    }

    /** @param acceptable whether nothing refuses the filing (a late one is flagged, not refused) */
    record Answer(String enterprise, String county, BigDecimal localMinimumWage, String approvalRule, int filingDays,
            boolean acceptable, List<FilingCheck.Finding> findings) {
    }

    @PostMapping("/api/contracts/filing-check")
    @Operation(summary = "集体合同报送前自查 Check a contract against the filing rules before filing it")
    Answer check(@RequestBody Draft draft, Authentication user) {
        Enterprise enterprise = enterprise(draft.creditCode(), user);
        var county = districts.ofEnterprise(enterprise.district(), enterprise.creditCode());
        LocalDate lastDay = draft.signedOn() == null ? null
                : districts.deadlines(county).calendarDaysFrom(draft.signedOn(), rules.filingDays());
        List<FilingCheck.Finding> findings = check.check(new ContractDraft(draft.signedOn(), LocalDate.now(clock),
                draft.startsOn(), draft.endsOn(), draft.negotiators() == null ? List.of() : draft.negotiators(),
                draft.vote(), draft.lowestMonthlyWage()), county.monthlyMinimumWage(), lastDay);
        return new Answer(enterprise.name(), county.name(), county.monthlyMinimumWage(), rules.approval().rule(),
                rules.filingDays(), findings.stream().noneMatch(FilingCheck.Finding::refuses), findings);
    }

    /** A representative checks their own enterprise's contract only; staff any registered enterprise's. */
    private Enterprise enterprise(String creditCode, Authentication user) {
        if (Roles.any(user, Roles.ENTERPRISE)) {
            String own = register.enterpriseOf(user.getName())
                    .orElseThrow(() -> ProblemException.forbidden("该账号未关联企业"));
            if (creditCode != null && !creditCode.isBlank() && !creditCode.strip().equals(own)) {
                throw ProblemException.forbidden("只能自查本企业的集体合同");
            }
            return register.require(own);
        }
        if (creditCode == null || creditCode.isBlank()) {
            throw ProblemException.badField("creditCode", "请填写企业统一社会信用代码");
        }
        return register.find(creditCode.strip())
                .orElseThrow(() -> ProblemException.notFound("企业未登记于企业名录"));
    }
}
