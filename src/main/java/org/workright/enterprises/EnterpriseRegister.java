package org.workright.enterprises;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workright.people.Roles;
import org.workright.system.ProblemException;
import org.workright.casework.Districts;
import org.workright.casework.District;
import org.springframework.http.HttpStatus;

/**
 * The enterprise register. Each enterprise has its own Camunda group, so tasks meant for an
 * enterprise go to that group alone and Camunda's authorizations keep other enterprises out.
 */
@Service
public class EnterpriseRegister {

    private final EnterpriseRepository enterprises;
    private final IdentityService identity;
    private final Clock clock;
    private final Districts districts;

    EnterpriseRegister(EnterpriseRepository enterprises, IdentityService identity, Clock clock,
            Districts districts) {
        this.districts = districts;
        this.enterprises = enterprises;
        this.identity = identity;
        this.clock = clock;
    }

    /** The Camunda group of an enterprise's representatives (group ids allow letters and digits only). */
    public static String groupOf(String creditCode) {
        return "enterprise" + creditCode;
    }

    public Optional<Enterprise> find(String creditCode) {
        return creditCode == null ? Optional.empty() : enterprises.find(creditCode);
    }

    public Enterprise require(String creditCode) {
        return find(creditCode).orElseThrow(() -> ProblemException.notFound(
                "企业未登记：" + creditCode));
    }

    /** The registered enterprise of exactly this name (a referral names its employer, not its code). */
    public Optional<Enterprise> findByName(String name) {
        return name == null || name.isBlank() ? Optional.empty() : enterprises.findByName(name.strip());
    }

    /**
     * How many enterprises have a union (工会组建情况：已建会): all, or those among the credit codes
     * a process's own query selects, so a rate is counted in the database without the process
     * reading this register's table. {@code creditCodes} is the process's constant SQL, never input.
     */
    public long countUnionised(String creditCodes, Object... params) {
        return enterprises.countUnionised(creditCodes, List.of(params));
    }

    /**
     * A page of the unionised enterprises, in credit-code order after {@code after} ("" for the
     * first), leaving out those among the credit codes a process's own query selects (its constant
     * SQL, never input): a yearly round walks the register this way without reading its table.
     */
    public List<Enterprise> unionisedAfter(String after, int limit, String excludedCreditCodes, Object... params) {
        return enterprises.unionisedAfter(after, excludedCreditCodes, List.of(params), limit);
    }

    /** Unionised enterprises of one district and ownership, and how many are in each of a process's selections. */
    public record UnionisedCell(String district, boolean stateOwned, long unionised, long[] selected) {
    }

    /**
     * The unionised enterprises counted by district and ownership in one pass, with how many of each
     * cell are among each of the credit-code selections (a process's constant SQL, its parameters in
     * order), so a rate is computed in the database without the process reading this register's table.
     */
    public List<UnionisedCell> unionisedCells(List<String> creditCodeSelections, Object... params) {
        return enterprises.unionisedCells(creditCodeSelections, List.of(params));
    }

    /** The most a search returns: enough to pick from, never the whole register. */
    public static final int MOST_LISTED = 200;

    /** By a part of the name or the start of the credit code; at most {@code limit} (up to {@link #MOST_LISTED}). */
    public List<Enterprise> list(String text, int limit) {
        return enterprises.list(text == null || text.isBlank() ? null : text.strip(),
                Math.max(1, Math.min(limit, MOST_LISTED)));
    }

    /**
     * Registers an enterprise in one of the city's counties or districts, written as configured
     * ("石林县" becomes 石林彝族自治县): where it is registered decides who issues its cases' letters
     * and which rest days their deadlines count.
     */
    @Transactional
    public Enterprise register(Enterprise submitted) {
        String district = districts.find(submitted.district()).map(District::name)
                .orElseThrow(() -> new ProblemException(HttpStatus.BAD_REQUEST, "请求内容有误",
                        "所在县（市、区）应为本市的县（市、区）之一，如官渡区、石林彝族自治县", "district"));
        Enterprise enterprise = new Enterprise(submitted.creditCode(), submitted.name(), submitted.address(),
                submitted.legalRepresentative(), district, submitted.industry(), submitted.stateOwned(),
                submitted.staffCount(), submitted.unionStatus());
        if (!enterprises.insert(enterprise, OffsetDateTime.now(clock))) {
            throw ProblemException.conflict("该统一社会信用代码已登记：" + enterprise.creditCode());
        }
        String group = groupOf(enterprise.creditCode());
        if (identity.createGroupQuery().groupId(group).count() == 0) {
            Group g = identity.newGroup(group);
            g.setName(enterprise.name());
            g.setType("ENTERPRISE");
            identity.saveGroup(g);
        }
        return enterprise;
    }

    /** Makes a user the representative of one enterprise (and of no other). */
    @Transactional
    public void addRepresentative(String userId, String creditCode) {
        require(creditCode);
        if (identity.createUserQuery().userId(userId).count() == 0) {
            throw new ProblemException(HttpStatus.NOT_FOUND, "未找到该用户",
                    "未找到该用户，请先在管理界面创建账号", "userId");
        }
        // one account, one side: a staff member cannot also act for an enterprise
        if (identity.createGroupQuery().groupMember(userId).list().stream()
                .anyMatch(g -> !g.getId().equals(Roles.ENTERPRISE) && !g.getId().startsWith(Roles.ENTERPRISE))) {
            throw ProblemException.conflict("该用户是工作人员账号，不能同时作为企业代表");
        }
        Optional<String> current = enterprises.enterpriseOf(userId);
        if (current.isPresent()) {
            if (!current.get().equals(creditCode)) {
                throw ProblemException.conflict("该用户已是其他企业的代表：" + current.get());
            }
            return;
        }
        enterprises.link(userId, creditCode);
        identity.createMembership(userId, groupOf(creditCode));
        if (identity.createGroupQuery().groupId(Roles.ENTERPRISE).groupMember(userId).count() == 0) {
            identity.createMembership(userId, Roles.ENTERPRISE);  // Tasklist and /api/enterprise
        }
    }

    public Optional<String> enterpriseOf(String userId) {
        return enterprises.enterpriseOf(userId);
    }
}
