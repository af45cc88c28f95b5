package org.workright.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.workright.contracts.ContractDraft.Negotiator;
import org.workright.contracts.ContractDraft.Side;
import org.workright.contracts.ContractDraft.Vote;
import org.workright.contracts.FilingCheck.Finding;

/** The rules a filing meets before it is accepted, each at its bounds, under Yunnan's and the national rules. */
class FilingCheckTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 3, 2);
    private static final BigDecimal MINIMUM = new BigDecimal("2070");

    /** A valid resident ID number for a test person: W1 a worker, E1 the employer's, X1 an outsider. */
    static String id(String who) {
        String seventeen = "53010219800101" + "WEX".indexOf(who.charAt(0)) + String.format("%02d", Integer.parseInt(who.substring(1)));
        return seventeen + org.workright.people.ResidentIdNumber.checkCharacter(seventeen);
    }

    /** The same number as people type it: with spaces and a hyphen. */
    private static String spaced(String id) {
        return " " + id.substring(0, 6) + " " + id.substring(6, 14) + "-" + id.substring(14) + " ";
    }

    private static List<Negotiator> table(int perSide) {
        List<Negotiator> all = new ArrayList<>();
        for (int i = 0; i < perSide; i++) {
            all.add(new Negotiator("职工代表" + i, id("W" + i), Side.WORKERS, i == 0, false));
            all.add(new Negotiator("企业代表" + i, id("E" + i), Side.EMPLOYER, i == 0, false));
        }
        return all;
    }

    private static ContractDraft draft(List<Negotiator> negotiators, Vote vote) {
        return new ContractDraft(SIGNED, SIGNED.plusDays(3), SIGNED, SIGNED.plusYears(3).minusDays(1), negotiators, vote,
                new BigDecimal("2300"));
    }

    private static Vote vote(int total, int present, int inFavour) {
        return new Vote(total, present, inFavour, SIGNED.minusDays(5));
    }

    /** The last day to file, as the statutory calendar gives it (here no rest day in the way). */
    private static LocalDate lastDay(ContractDraft d, FilingRules rules) {
        return d.signedOn() == null ? null : d.signedOn().plusDays(rules.filingDays());
    }

    private static List<Finding> yunnan(ContractDraft d) {
        return new FilingCheck(FilingRules.YUNNAN).check(d, MINIMUM, lastDay(d, FilingRules.YUNNAN));
    }

    private static List<Finding> national(ContractDraft d) {
        return new FilingCheck(FilingRules.NATIONAL).check(d, MINIMUM, lastDay(d, FilingRules.NATIONAL));
    }

    @Test
    void aSoundFilingHasNoFinding() {
        assertThat(yunnan(draft(table(3), vote(100, 67, 51)))).isEmpty();
        assertThat(national(draft(table(3), vote(100, 67, 51)))).isEmpty();
    }

    @Test
    void theVoteAtItsBounds() {
        // 100 representatives, 67 present, 51 in favour: passes in Yunnan
        assertThat(yunnan(draft(table(3), vote(100, 67, 51)))).isEmpty();
        // 50 in favour is half, not more than half: fails in Yunnan, passes nationally
        assertThat(yunnan(draft(table(3), vote(100, 67, 50)))).extracting(Finding::field).containsExactly("vote.inFavour");
        assertThat(yunnan(draft(table(3), vote(100, 67, 50))).get(0).message()).contains("过半数").contains("云南");
        assertThat(national(draft(table(3), vote(100, 67, 50)))).isEmpty();
        assertThat(national(draft(table(3), vote(100, 67, 49)))).extracting(Finding::field).containsExactly("vote.inFavour");
        // 66 present is under two thirds: no quorum, everywhere
        for (List<Finding> found : List.of(yunnan(draft(table(3), vote(100, 66, 66))), national(draft(table(3), vote(100, 66, 66))))) {
            assertThat(found).extracting(Finding::field).containsExactly("vote.present");
            assertThat(found.get(0).message()).contains("2/3").contains("表决无效");
        }
        // impossible counts are named, not computed
        assertThat(yunnan(draft(table(3), vote(100, 101, 60)))).extracting(Finding::field).containsExactly("vote.present");
    }

    @Test
    void negotiatorsEqualAtLeastThreeOneChiefEach() {
        assertThat(yunnan(draft(table(2), vote(100, 80, 60))))
                .extracting(Finding::message).anyMatch(m -> m.contains("不得少于3人"));
        List<Negotiator> unequal = new ArrayList<>(table(3));
        unequal.add(new Negotiator("职工代表9", id("W9"), Side.WORKERS, false, false));
        assertThat(yunnan(draft(unequal, vote(100, 80, 60)))).extracting(Finding::message)
                .containsExactly("双方协商代表人数应当对等：职工方4人，用人单位方3人（《集体合同规定》第十九条）");
        List<Negotiator> twoChiefs = new ArrayList<>(table(3));
        twoChiefs.set(2, new Negotiator("职工代表1", id("W1"), Side.WORKERS, true, false));
        assertThat(yunnan(draft(twoChiefs, vote(100, 80, 60)))).extracting(Finding::message)
                .containsExactly("职工方应有且只有一名首席代表，现为2名（《集体合同规定》第十九条）");
    }

    @Test
    void outsidersAtMostAThirdAndNeverTheChief_andNobodyOnBothSides() {
        // 1 outsider of 3 is a third: allowed
        List<Negotiator> one = new ArrayList<>(table(3));
        one.set(2, new Negotiator("外聘专家", id("X1"), Side.WORKERS, false, true));
        assertThat(yunnan(draft(one, vote(100, 80, 60)))).isEmpty();
        // 2 of 3 are more
        List<Negotiator> two = new ArrayList<>(one);
        two.set(4, new Negotiator("外聘律师", id("X2"), Side.WORKERS, false, true));
        assertThat(yunnan(draft(two, vote(100, 80, 60)))).extracting(Finding::message)
                .containsExactly("职工方外聘代表2人，超过本方代表的1/3（《集体合同规定》第二十三条）");
        // an outsider as chief
        List<Negotiator> chief = new ArrayList<>(table(3));
        chief.set(1, new Negotiator("外聘经理", id("X3"), Side.EMPLOYER, true, true));
        assertThat(yunnan(draft(chief, vote(100, 80, 60)))).extracting(Finding::message)
                .containsExactly("用人单位方首席代表外聘经理不得由外聘代表担任（《集体合同规定》第二十三条）");
        // the same person on both sides
        List<Negotiator> both = new ArrayList<>(table(3));
        both.set(3, new Negotiator("职工代表1", id("W1"), Side.EMPLOYER, false, false));
        assertThat(yunnan(draft(both, vote(100, 80, 60)))).extracting(Finding::message)
                .containsExactly("职工代表1不得同时担任双方协商代表（《集体合同规定》第二十四条）");
    }

    @Test
    void theTermIsOneToThreeYears() {
        ContractDraft three = draft(table(3), vote(100, 80, 60));
        assertThat(yunnan(three)).isEmpty();
        ContractDraft longer = new ContractDraft(SIGNED, SIGNED, SIGNED, SIGNED.plusYears(3), table(3), vote(100, 80, 60),
                new BigDecimal("2300"));
        assertThat(yunnan(longer)).extracting(Finding::field).containsExactly("endsOn");
        ContractDraft oneYear = new ContractDraft(SIGNED, SIGNED, SIGNED, SIGNED.plusYears(1).minusDays(1), table(3),
                vote(100, 80, 60), new BigDecimal("2300"));
        assertThat(yunnan(oneYear)).isEmpty();
        ContractDraft shorter = new ContractDraft(SIGNED, SIGNED, SIGNED, SIGNED.plusYears(1).minusDays(2), table(3),
                vote(100, 80, 60), new BigDecimal("2300"));
        assertThat(yunnan(shorter)).extracting(Finding::field).containsExactly("endsOn");
    }

    @Test
    void theLowestWageIsNotBelowTheLocalMinimum() {
        ContractDraft at = new ContractDraft(SIGNED, SIGNED, SIGNED, SIGNED.plusYears(2), table(3), vote(100, 80, 60), MINIMUM);
        assertThat(yunnan(at)).isEmpty();
        ContractDraft below = new ContractDraft(SIGNED, SIGNED, SIGNED, SIGNED.plusYears(2), table(3), vote(100, 80, 60),
                new BigDecimal("2069.99"));
        assertThat(yunnan(below)).extracting(Finding::message)
                .containsExactly("约定的最低工资2069.99元低于当地最低工资标准2070元（《劳动合同法》第五十五条）");
    }

    @Test
    void aLateFilingIsFlaggedNotRefused_unlessTheRulesSaySo() {
        ContractDraft onTheSeventhDay = new ContractDraft(SIGNED, SIGNED.plusDays(7), SIGNED, SIGNED.plusYears(2), table(3),
                vote(100, 80, 60), new BigDecimal("2300"));
        assertThat(yunnan(onTheSeventhDay)).isEmpty();
        ContractDraft eighth = new ContractDraft(SIGNED, SIGNED.plusDays(8), SIGNED, SIGNED.plusYears(2), table(3),
                vote(100, 80, 60), new BigDecimal("2300"));
        assertThat(yunnan(eighth)).singleElement().satisfies(f -> {
            assertThat(f.refuses()).isFalse();
            assertThat(f.message()).contains("超过7日").contains("最后一日为2026年3月9日");
        });
        // nationally ten days
        assertThat(national(eighth)).isEmpty();
        FilingRules strict = new FilingRules(FilingRules.Approval.MORE_THAN_HALF, 2, 3, 3, 1, 3, 1, 3, 7, true);
        assertThat(new FilingCheck(strict).check(eighth, MINIMUM, lastDay(eighth, strict))).singleElement()
                .satisfies(f -> assertThat(f.refuses()).isTrue());
        // a last day on a rest day moves to the next working day (Civil Code art 203): the caller says so
        assertThat(new FilingCheck(FilingRules.YUNNAN).check(eighth, MINIMUM, SIGNED.plusDays(9))).isEmpty();
    }

    @Test
    void everyNegotiatorIsNamedWithASideAndCountedOnce() {
        List<Negotiator> noSide = new ArrayList<>(table(3));
        noSide.add(new Negotiator("某人", id("X9"), null, false, false));
        assertThat(yunnan(draft(noSide, vote(100, 80, 60)))).extracting(Finding::field).containsExactly("negotiators[6]");
        List<Negotiator> withNull = new ArrayList<>(table(3));
        withNull.add(null);
        assertThat(yunnan(draft(withNull, vote(100, 80, 60)))).extracting(Finding::field).containsExactly("negotiators[6]");
        // one person three times is one person: too few, and said so
        List<Negotiator> thrice = new ArrayList<>(table(3));
        thrice.set(2, new Negotiator("职工代表0", spaced(id("W0")), Side.WORKERS, false, false));
        thrice.set(4, new Negotiator("职工代表0", id("W0"), Side.WORKERS, false, false));
        assertThat(yunnan(draft(thrice, vote(100, 80, 60)))).extracting(Finding::message)
                .contains("职工方协商代表职工代表0重复填写", "职工方协商代表不得少于3人，现为1人（《集体合同规定》第十九条）");
        // the same ID typed differently on each side is the same person
        List<Negotiator> both = new ArrayList<>(table(3));
        both.set(1, new Negotiator("职工代表1", spaced(id("W1")), Side.EMPLOYER, true, false));
        assertThat(yunnan(draft(both, vote(100, 80, 60)))).extracting(Finding::message)
                .contains("职工代表1不得同时担任双方协商代表（《集体合同规定》第二十四条）");
    }

    @Test
    void whatIsMissingOrImpossibleIsAFinding_notASilence() {
        ContractDraft noWage = new ContractDraft(SIGNED, SIGNED, SIGNED, SIGNED.plusYears(2), table(3), vote(100, 80, 60), null);
        assertThat(yunnan(noWage)).extracting(Finding::field).containsExactly("lowestMonthlyWage");
        // a number that would take gigabytes to print
        ContractDraft tiny = new ContractDraft(SIGNED, SIGNED, SIGNED, SIGNED.plusYears(2), table(3), vote(100, 80, 60),
                new BigDecimal("1E-999999999"));
        assertThat(yunnan(tiny)).extracting(Finding::message).containsExactly("约定的最低月工资应为正数，以元为单位，最多两位小数");
        ContractDraft huge = new ContractDraft(SIGNED, SIGNED, SIGNED, SIGNED.plusYears(2), table(3), vote(100, 80, 60),
                new BigDecimal("1E+999999999"));
        assertThat(yunnan(huge)).extracting(Finding::field).containsExactly("lowestMonthlyWage");
        ContractDraft unsigned = new ContractDraft(null, SIGNED, SIGNED, SIGNED.plusYears(2), table(3), vote(100, 80, 60),
                new BigDecimal("2300"));
        assertThat(yunnan(unsigned)).extracting(Finding::field).containsExactly("signedOn");
        ContractDraft future = new ContractDraft(SIGNED.plusDays(3), SIGNED, SIGNED, SIGNED.plusYears(2), table(3),
                vote(100, 80, 60), new BigDecimal("2300"));
        assertThat(yunnan(future)).extracting(Finding::message).containsExactly("签订日期不能晚于报送日期");
    }

    @Test
    void aNegotiatorIsAPersonWithAValidIdNumber_andATermAlreadyOverIsNotFiled() {
        List<Negotiator> longName = table(3);
        longName.set(0, new Negotiator("张".repeat(51), id("W0"), Side.WORKERS, true, false));
        assertThat(yunnan(draft(longName, vote(100, 67, 51)))).extracting(Finding::message)
                .containsExactly("第1位协商代表的姓名不超过50个字");
        List<Negotiator> badId = table(3);
        badId.set(2, new Negotiator("职工代表1", id("W1").substring(0, 17) + "0".repeat(20), Side.WORKERS, false, false));
        assertThat(yunnan(draft(badId, vote(100, 67, 51)))).extracting(Finding::field).containsExactly("negotiators[2]");
        List<Negotiator> wrongCheck = table(3);
        String w1 = id("W1");
        wrongCheck.set(2, new Negotiator("职工代表1", w1.substring(0, 17) + (w1.charAt(17) == '1' ? '2' : '1'), Side.WORKERS, false, false));
        assertThat(yunnan(draft(wrongCheck, vote(100, 67, 51)))).extracting(Finding::message)
                .singleElement().asString().contains("公民身份号码有误");

        ContractDraft over = new ContractDraft(SIGNED, SIGNED.plusDays(3), SIGNED.minusYears(3), SIGNED.minusDays(1), table(3),
                vote(100, 67, 51), new BigDecimal("2300"));
        assertThat(yunnan(over)).extracting(Finding::field).containsExactly("endsOn");
        assertThat(yunnan(over).get(0).message()).contains("已于").contains("届满");
    }
}
