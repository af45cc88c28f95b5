package org.workright.contracts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.workright.enterprises.EnterpriseRegister;

/**
 * The counts the federation reports ("签定有效集体合同 1.43 万件，涉及职工 122.3 万人"; "工资集体协商
 * 覆盖面达到 91%"), counted in the database on a given day: a contract is valid from taking effect
 * to the end of its term; its workers are those of the enterprises it covers (a regional contract
 * covers every enterprise it lists); wage-bargaining coverage is the share of unionised enterprises
 * covered by a valid wage contract.
 */
@Service
class ContractFigures {

    /**
     * The version of each contract in force on the day: of the versions that had taken effect by then
     * (approved, or by silence) and whose term had begun, the latest, as c.case_no and c.version. An
     * amended contract replaces the old from the first day of its own term; each version keeps its term
     * and the day it took effect, so a past day counts what was in force then. Valid if that version's
     * term has not ended. Each contract is joined with the enterprises it covers (w).
     */
    private static final String IN_FORCE = "(select v.case_no, max(v.version) version from collective_contract_version v"
            + " where v.outcome in ('APPROVED', 'SILENCE') and v.decided_on <= ? and v.starts_on <= ? group by v.case_no) f"
            + " join collective_contract_version t on t.case_no = f.case_no and t.version = f.version and t.ends_on >= ?"
            + " join collective_contract c on c.case_no = f.case_no"
            + " join collective_contract_coverage w on w.case_no = f.case_no";

    private final JdbcClient jdbc;
    private final EnterpriseRegister register;
    private final ContractDistricts districts;

    ContractFigures(JdbcClient jdbc, EnterpriseRegister register, ContractDistricts districts) {
        this.jdbc = jdbc;
        this.register = register;
        this.districts = districts;
    }

    record Count(String code, String label, long contracts, long workers) {
    }

    /**
     * @param wageCoverage enterprises with a valid wage contract over unionised enterprises, in percent
     *                     (one decimal); null when no enterprise has a union
     */
    record Figures(LocalDate on, long contracts, long workers, List<Count> byKind, List<Count> byDistrict,
            long unionisedEnterprises, long enterprisesWithWageContract, BigDecimal wageCoverage, String statement) {
    }

    Figures on(LocalDate day) {
        // one pass over the versions, by kind and district together; the two lists are sums of its few rows
        List<Count> cells = jdbc.sql("select c.kind, c.district_code, count(distinct c.case_no) contracts, sum(w.workers) workers"
                        + " from " + IN_FORCE + " group by c.kind, c.district_code")
                .params(day, day, day)
                .query((rs, i) -> new Count(rs.getString("kind") + "|" + rs.getString("district_code"), null,
                        rs.getLong("contracts"), rs.getLong("workers"))).list();
        List<Count> byKind = sums(cells, 0).stream().map(c -> new Count(c.code(), Contract.Kind.valueOf(c.code()).label(),
                c.contracts(), c.workers())).toList();
        List<Count> byDistrict = sums(cells, 1).stream().map(c -> new Count(c.code(), districts.of(c.code()).name(),
                c.contracts(), c.workers())).toList();
        long contracts = byKind.stream().mapToLong(Count::contracts).sum();
        long workers = byKind.stream().mapToLong(Count::workers).sum();
        long unionised = register.countUnionised(null);
        long covered = register.countUnionised("select w.credit_code from " + IN_FORCE + " where c.kind = 'WAGES'",
                day, day, day);
        BigDecimal rate = unionised == 0 ? null
                : BigDecimal.valueOf(covered * 1000L).divide(BigDecimal.valueOf(unionised), 0, RoundingMode.HALF_UP)
                        .movePointLeft(1);
        String statement = "截至" + org.workright.casework.Deadline.chineseDate(day) + "，全市有效集体合同" + contracts
                + "件，涉及职工" + workers + "人" + (rate == null ? "。" : "；已建工会的" + unionised + "家企业中，"
                + covered + "家签有有效的工资专项集体合同，工资集体协商覆盖面" + rate.toPlainString() + "%。");
        return new Figures(day, contracts, workers, byKind, byDistrict, unionised, covered, rate, statement);
    }

    /** The (kind, district) cells summed by one of the two, in code order. */
    private static List<Count> sums(List<Count> cells, int part) {
        java.util.Map<String, long[]> sums = new java.util.TreeMap<>();
        for (Count cell : cells) {
            long[] sum = sums.computeIfAbsent(cell.code().split("\\|")[part], k -> new long[2]);
            sum[0] += cell.contracts();
            sum[1] += cell.workers();
        }
        return sums.entrySet().stream().map(e -> new Count(e.getKey(), null, e.getValue()[0], e.getValue()[1])).toList();
    }
}
