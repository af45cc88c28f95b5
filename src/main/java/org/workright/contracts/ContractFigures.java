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
     * Valid on the day: a version that had taken effect (approved, or by silence) was within its term,
     * and no later version had taken effect with its term begun: an amended contract replaces the old
     * from the first day of its own term. Each version keeps its term and the day it took effect, so a
     * past day counts what was in force then, before any later amendment.
     */
    private static final String VALID = "exists (select 1 from collective_contract_version v where v.case_no = c.case_no"
            + " and v.outcome in ('APPROVED', 'SILENCE') and v.decided_on <= ? and v.starts_on <= ? and v.ends_on >= ?"
            + " and not exists (select 1 from collective_contract_version n where n.case_no = v.case_no"
            + " and n.version > v.version and n.outcome in ('APPROVED', 'SILENCE') and n.decided_on <= ? and n.starts_on <= ?))";
    private static final String WORKERS = "(select v.case_no, sum(v.workers) workers from collective_contract_coverage v "
            + "group by v.case_no) w";

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
        List<Count> byKind = grouped("c.kind", day).stream().map(c -> new Count(c.code(),
                Contract.Kind.valueOf(c.code()).label(), c.contracts(), c.workers())).toList();
        List<Count> byDistrict = grouped("c.district_code", day).stream().map(c -> new Count(c.code(),
                districts.of(c.code()).name(), c.contracts(), c.workers())).toList();
        long contracts = byKind.stream().mapToLong(Count::contracts).sum();
        long workers = byKind.stream().mapToLong(Count::workers).sum();
        long unionised = register.countUnionised(null);
        long covered = register.countUnionised("select v.credit_code from collective_contract_coverage v "
                + "join collective_contract c on c.case_no = v.case_no where c.kind = 'WAGES' and " + VALID, day, day, day, day, day);
        BigDecimal rate = unionised == 0 ? null
                : BigDecimal.valueOf(covered * 1000L).divide(BigDecimal.valueOf(unionised), 0, RoundingMode.HALF_UP)
                        .movePointLeft(1);
        String statement = "截至" + org.workright.casework.Deadline.chineseDate(day) + "，全市有效集体合同" + contracts
                + "件，涉及职工" + workers + "人" + (rate == null ? "。" : "；已建工会的" + unionised + "家企业中，"
                + covered + "家签有有效的工资专项集体合同，工资集体协商覆盖面" + rate.toPlainString() + "%。");
        return new Figures(day, contracts, workers, byKind, byDistrict, unionised, covered, rate, statement);
    }

    private List<Count> grouped(String column, LocalDate day) {
        return jdbc.sql("select " + column + " code, count(*) contracts, coalesce(sum(w.workers), 0) workers "
                        + "from collective_contract c left join " + WORKERS + " on w.case_no = c.case_no where " + VALID
                        + " group by " + column + " order by " + column)
                .params(day, day, day, day, day).query((rs, i) -> new Count(rs.getString("code"), null, rs.getLong("contracts"),
                        rs.getLong("workers"))).list();
    }
}
