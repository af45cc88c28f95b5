package org.workright.democracy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.workright.casework.District;
import org.workright.casework.Districts;
import org.workright.enterprises.EnterpriseRegister;

/**
 * The rates the federation reports ("全市已建工会的46524家非公企业中，43689家已建立职代会（职工大会）制度",
 * 93.9%), counted in the database in one pass over the register: of the unionised enterprises,
 * those whose check of the year found a congress (or all-staff meeting) system at work, and those
 * practising factory-affairs openness, overall, by county or district and by ownership.
 */
@Service
class DemocracyFigures {

    /** Each selection takes the year as its one parameter. */
    private static final List<String> SELECTIONS = List.of(
            "select d.credit_code from democracy_check d where d.check_year = ? and d.congress_system = true",
            "select d.credit_code from democracy_check d where d.check_year = ? and d.openness_system = true");

    private final EnterpriseRegister register;
    private final Districts districts;

    DemocracyFigures(EnterpriseRegister register, Districts districts) {
        this.register = register;
        this.districts = districts;
    }

    /**
     * @param congressRate and opennessRate in percent, one decimal; null when there is no unionised enterprise
     */
    record Count(String code, String label, long unionised, long congress, BigDecimal congressRate, long openness,
            BigDecimal opennessRate) {
    }

    record Figures(int year, Count overall, List<Count> byDistrict, List<Count> byOwnership, List<String> statements) {
    }

    Figures of(int year) {
        List<EnterpriseRegister.UnionisedCell> cells = register.unionisedCells(SELECTIONS, year, year);
        Map<String, long[]> byDistrict = new TreeMap<>();
        Map<String, long[]> byOwnership = new TreeMap<>();
        long[] all = new long[3];
        for (EnterpriseRegister.UnionisedCell cell : cells) {
            String code = districts.find(cell.district()).map(District::code).orElse(districts.city().code());
            for (long[] sum : List.of(byDistrict.computeIfAbsent(code, k -> new long[3]),
                    byOwnership.computeIfAbsent(cell.stateOwned() ? "STATE" : "NON_PUBLIC", k -> new long[3]), all)) {
                sum[0] += cell.unionised();
                sum[1] += cell.selected()[0];
                sum[2] += cell.selected()[1];
            }
        }
        Count overall = count("ALL", "全市", all);
        List<Count> districtCounts = byDistrict.entrySet().stream()
                .map(e -> count(e.getKey(), districts.find(e.getKey()).map(District::name).orElse(e.getKey()), e.getValue()))
                .toList();
        List<Count> ownership = byOwnership.entrySet().stream()
                .map(e -> count(e.getKey(), e.getKey().equals("STATE") ? "国有企业" : "非公企业", e.getValue())).toList();
        List<String> statements = ownership.stream().map(c -> statement(year, c)).toList();
        return new Figures(year, overall, districtCounts, ownership, statements);
    }

    /** As the report says it: "全市已建工会的46524家非公企业中，43689家已建立职代会（职工大会）制度，占93.9%；…". */
    static String statement(int year, Count c) {
        return year + "年，全市已建工会的" + c.unionised() + "家" + c.label() + "中，" + c.congress()
                + "家已建立职代会（职工大会）制度，占" + percent(c.congressRate()) + "；" + c.openness()
                + "家实行厂务公开，占" + percent(c.opennessRate()) + "。";
    }

    private static String percent(BigDecimal rate) {
        return rate == null ? "—" : rate.toPlainString() + "%";
    }

    private static Count count(String code, String label, long[] sum) {
        return new Count(code, label, sum[0], sum[1], rate(sum[1], sum[0]), sum[2], rate(sum[2], sum[0]));
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 1000L).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)
                .movePointLeft(1).setScale(1, RoundingMode.UNNECESSARY);
    }
}
