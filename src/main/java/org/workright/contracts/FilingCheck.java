package org.workright.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.workright.casework.Deadline;
import org.workright.people.ResidentIdNumber;
import org.workright.contracts.ContractDraft.Negotiator;
import org.workright.contracts.ContractDraft.Side;
import java.util.Locale;

/**
 * What is wrong with a filing before it is accepted, each finding naming its rule and its field, in
 * Chinese for the enterprise to correct. A late filing is a finding that does not refuse (unless the
 * rules say so): the case records it and the letters say it.
 */
public final class FilingCheck {

    /** One thing wrong: the field it is about, what people read, and whether it stops the filing. */
    public record Finding(String field, String message, boolean refuses) {
    }

    private final FilingRules rules;

    public FilingCheck(FilingRules rules) {
        this.rules = rules;
    }

    /**
     * Every finding, refusing ones first; none when the filing may be accepted as it is.
     *
     * @param lastFilingDay the last day to file: {@link FilingRules#filingDays} days after signing on
     *                      the statutory calendar, a last day on a rest day moving to the next working
     *                      day (Civil Code art 203); the caller counts it for the enterprise's county
     */
    public List<Finding> check(ContractDraft draft, BigDecimal localMinimumWage, LocalDate lastFilingDay) {
        List<Finding> found = new ArrayList<>();
        negotiators(draft.negotiators(), found);
        vote(draft.vote(), found);
        term(draft, found);
        wage(draft.lowestMonthlyWage(), localMinimumWage, found);
        if (draft.signedOn() == null) {
            found.add(new Finding("signedOn", "请填写集体合同的签订日期", true));
        } else if (draft.filedOn() != null && draft.signedOn().isAfter(draft.filedOn())) {
            found.add(new Finding("signedOn", "签订日期不能晚于报送日期", true));
        } else if (draft.filedOn() != null && lastFilingDay != null && draft.filedOn().isAfter(lastFilingDay)) {
            found.add(new Finding("signedOn", "签订后超过" + rules.filingDays() + "日才报送（应在签订之日起"
                    + rules.filingDays() + "日内报送，最后一日为" + Deadline.chineseDate(lastFilingDay) + "）",
                    rules.refuseLateFiling()));
        }
        found.sort((a, b) -> Boolean.compare(b.refuses(), a.refuses()));
        return List.copyOf(found);
    }

    /**
     * A whole filing: the rules of {@link #check} and what a filing must state besides (its kind, the
     * workers it covers, who leads each side, when the vote was held, the key terms).
     */
    public List<Finding> checkFiling(FilingInput filing, LocalDate filedOn, BigDecimal localMinimumWage,
            LocalDate lastFilingDay) {
        List<Finding> found = new ArrayList<>(check(filing.draft(filedOn), localMinimumWage, lastFilingDay));
        if (filing.kind() == null) {
            found.add(new Finding("kind", "请选择集体合同的种类", true));
        }
        if (filing.workersCovered() == null || filing.workersCovered() <= 0 || filing.workersCovered() > 10_000_000) {
            found.add(new Finding("workersCovered", "请填写合同覆盖的职工人数（正整数）", true));
        }
        if (!Boolean.TRUE.equals(filing.workersChiefIsUnionChair())) {
            found.add(new Finding("workersChiefIsUnionChair", "职工一方的首席代表应由本单位工会主席担任（《集体合同规定》第二十条）", true));
        }
        if (filing.employerChiefCapacity() == null) {
            found.add(new Finding("employerChiefCapacity",
                    "请说明用人单位一方首席代表是法定代表人，还是其书面委托的代表（《集体合同规定》第二十一条）", true));
        }
        ContractDraft.Vote vote = filing.vote();
        if (vote != null && vote.heldOn() == null) {
            found.add(new Finding("vote.heldOn", "请填写职工代表大会（职工大会）表决的日期", true));
        } else if (vote != null && filing.signedOn() != null && vote.heldOn().isAfter(filing.signedOn())) {
            found.add(new Finding("vote.heldOn", "合同草案应先经职工代表大会（职工大会）讨论通过再签字，表决日期不能晚于签订日期（《集体合同规定》第三十六条）", true));
        }
        BigDecimal hours = filing.weeklyHours();
        if (hours == null || hours.signum() <= 0 || hours.scale() > 1 || hours.compareTo(BigDecimal.valueOf(84)) > 0) {
            found.add(new Finding("weeklyHours", "请填写约定的每周工作时间（小时，不超过一位小数）", true));
        }
        if (blank(filing.wageIncrease()) || filing.wageIncrease().length() > 500) {
            found.add(new Finding("wageIncrease", "请填写约定的工资调整幅度（500字以内；未约定的写“未约定”）", true));
        }
        found.sort((a, b) -> Boolean.compare(b.refuses(), a.refuses()));
        return List.copyOf(found);
    }

    /** Yuan and fen: a positive amount with at most two decimals and nine digits before them. */
    static boolean plausibleAmount(BigDecimal amount) {
        return amount.signum() > 0 && amount.scale() <= 2 && amount.precision() - amount.scale() <= 9;
    }

    private static void wage(BigDecimal lowest, BigDecimal minimum, List<Finding> found) {
        if (lowest == null) {
            found.add(new Finding("lowestMonthlyWage", "请填写集体合同约定的最低月工资（元）", true));
        } else if (!plausibleAmount(lowest)) {
            // checked before any arithmetic or printing: 1E-999999999 is a number too
            found.add(new Finding("lowestMonthlyWage", "约定的最低月工资应为正数，以元为单位，最多两位小数", true));
        } else if (minimum != null && lowest.compareTo(minimum) < 0) {
            found.add(new Finding("lowestMonthlyWage", "约定的最低工资" + plain(lowest) + "元低于当地最低工资标准"
                    + plain(minimum) + "元（《劳动合同法》第五十五条）", true));
        }
    }

    private void negotiators(List<Negotiator> all, List<Finding> found) {
        if (all == null || all.isEmpty()) {
            found.add(new Finding("negotiators", "请填写双方协商代表（每方不少于" + rules.minNegotiatorsPerSide() + "人）", true));
            return;
        }
        for (int i = 0; i < all.size(); i++) {
            Negotiator n = all.get(i);
            if (n == null || n.side() == null || blank(n.name()) || blank(n.idNumber())) {
                found.add(new Finding("negotiators[" + i + "]", "第" + (i + 1) + "位协商代表的姓名、身份证件号码和所在一方都须填写", true));
            } else if (n.name().strip().length() > 50) {
                found.add(new Finding("negotiators[" + i + "]", "第" + (i + 1) + "位协商代表的姓名不超过50个字", true));
            } else if (!ResidentIdNumber.isValid(normalizedId(n.idNumber()))) {
                found.add(new Finding("negotiators[" + i + "]", "第" + (i + 1) + "位协商代表" + n.name().strip()
                        + "的公民身份号码有误（应为18位，末位校验码正确）", true));
            }
        }
        if (!found.isEmpty()) {
            return; // the counts below would mislead
        }
        List<Negotiator> workers = all.stream().filter(n -> n.side() == Side.WORKERS).toList();
        List<Negotiator> employer = all.stream().filter(n -> n.side() == Side.EMPLOYER).toList();
        if (workers.size() != employer.size()) {
            found.add(new Finding("negotiators", "双方协商代表人数应当对等：职工方" + workers.size() + "人，用人单位方"
                    + employer.size() + "人（《集体合同规定》第十九条）", true));
        }
        for (List<Negotiator> side : List.of(workers, employer)) {
            if (side.isEmpty()) {
                continue; // the unequal numbers say it
            }
            String label = side.get(0).side().label();
            Set<String> seen = new HashSet<>();
            side.stream().filter(n -> !seen.add(id(n))).forEach(n -> found.add(new Finding("negotiators",
                    label + "协商代表" + n.name() + "重复填写", true)));
            if (seen.size() < rules.minNegotiatorsPerSide()) {
                found.add(new Finding("negotiators", label + "协商代表不得少于" + rules.minNegotiatorsPerSide()
                        + "人，现为" + seen.size() + "人（《集体合同规定》第十九条）", true));
            }
            long chiefs = side.stream().filter(Negotiator::chief).count();
            if (chiefs != 1) {
                found.add(new Finding("negotiators", label + "应有且只有一名首席代表，现为" + chiefs + "名（《集体合同规定》第十九条）", true));
            }
            long outsiders = side.stream().filter(Negotiator::outsider).count();
            if (!rules.outsidersWithin((int) outsiders, side.size())) {
                found.add(new Finding("negotiators", label + "外聘代表" + outsiders + "人，超过本方代表的"
                        + rules.outsiderShareNumerator() + "/" + rules.outsiderShareDenominator() + "（《集体合同规定》第二十三条）", true));
            }
            side.stream().filter(n -> n.chief() && n.outsider()).forEach(n -> found.add(new Finding("negotiators",
                    label + "首席代表" + n.name() + "不得由外聘代表担任（《集体合同规定》第二十三条）", true)));
        }
        Set<String> workerIds = new HashSet<>();
        workers.forEach(n -> workerIds.add(id(n)));
        employer.stream().filter(n -> workerIds.contains(id(n))).forEach(n -> found.add(new Finding("negotiators",
                n.name() + "不得同时担任双方协商代表（《集体合同规定》第二十四条）", true)));
    }

    private void vote(ContractDraft.Vote vote, List<Finding> found) {
        if (vote == null || vote.total() <= 0) {
            found.add(new Finding("vote.total", "请填写职工代表（或全体职工）总人数", true));
            return;
        }
        if (vote.present() > vote.total() || vote.inFavour() > vote.present() || vote.present() < 0 || vote.inFavour() < 0) {
            found.add(new Finding("vote.present", "表决人数不合理：出席人数不能多于总人数，同意人数不能多于出席人数", true));
            return;
        }
        if (!rules.quorate(vote.present(), vote.total())) {
            found.add(new Finding("vote.present", "出席" + vote.present() + "人，不足全体" + vote.total() + "人的"
                    + rules.quorumNumerator() + "/" + rules.quorumDenominator() + "，表决无效（《集体合同规定》第三十六条）", true));
        } else if (!rules.approval().passes(vote.inFavour(), vote.total())) {
            found.add(new Finding("vote.inFavour", "同意" + vote.inFavour() + "人，未达到通过要求："
                    + rules.approval().rule() + "，全体为" + vote.total() + "人", true));
        }
    }

    private void term(ContractDraft draft, List<Finding> found) {
        if (draft.startsOn() == null || draft.endsOn() == null || !draft.endsOn().isAfter(draft.startsOn())) {
            found.add(new Finding("endsOn", "请填写合同期限的起止日期（终止日期须晚于起始日期）", true));
            return;
        }
        // a term of N years runs from its first day to the day before the same date N years on
        boolean tooShort = draft.endsOn().isBefore(draft.startsOn().plusYears(rules.minTermYears()).minusDays(1));
        boolean tooLong = draft.endsOn().isAfter(draft.startsOn().plusYears(rules.maxTermYears()).minusDays(1));
        if (tooShort || tooLong) {
            found.add(new Finding("endsOn", "集体合同期限应为" + rules.minTermYears() + "至" + rules.maxTermYears()
                    + "年（《集体合同规定》第三十八条）", true));
        } else if (draft.filedOn() != null && draft.endsOn().isBefore(draft.filedOn())) {
            found.add(new Finding("endsOn", "合同期限已于" + Deadline.chineseDate(draft.endsOn()) + "届满，期满的合同不再报送；"
                    + "续订或重新签订的，报送新合同", true));
        }
    }

    /** One person, however their ID number was typed (spaces, hyphens, a lower-case x). */
    private static String id(Negotiator n) {
        return normalizedId(n.idNumber());
    }

    /** A resident ID number as recorded: digits and X only. */
    static String normalizedId(String typed) {
        return typed.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
