package org.workright.democracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of processes/workplace-democracy-compliance.dmn at its bounds, with the usual local numbers. */
class ComplianceDecisionTest {

    private static DmnDecision decision;
    private static DmnEngine engine;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = ComplianceDecisionTest.class.getResourceAsStream("/processes/workplace-democracy-compliance.dmn")) {
            decision = engine.parseDecision("workplace-democracy-compliance", in);
        }
    }

    /** A sound congress: 1,000 staff (400 women, 50 dispatched), 50 representatives as the rules want them. */
    private static Map<String, Object> sound() {
        Map<String, Object> v = new HashMap<>(DemocracyRules.USUAL.variables());
        v.putAll(Map.of("form", "CONGRESS", "staff", 1000, "representatives", 50, "managers", 10, "frontline", 25,
                "womenRepresentatives", 20, "womenStaff", 400, "dispatchedRepresentatives", 3, "dispatchedStaff", 50,
                "termYears", 3));
        v.putAll(Map.of("plenarySessions", 1, "lowestAttendance", 40, "fewestInFavour", 30, "rulesPublished", true,
                "company", true, "employeeDirector", true, "oversight", "AUDIT_COMMITTEE", "employeeSupervisors", 0,
                "supervisors", 0, "missingOpennessItems", ""));
        return v;
    }

    private static List<String> findings(Map<String, Object> v) {
        return engine.evaluateDecisionTable(decision, Variables.fromMap(v)).getResultList().stream()
                .map(r -> r.get("weight") + " " + r.get("finding") + " " + r.get("rule")).toList();
    }

    private static List<String> with(Object... namesAndValues) {
        Map<String, Object> v = sound();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            v.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return findings(v);
    }

    @Test
    void aSoundCongressHasNoFinding() {
        assertThat(findings(sound())).isEmpty();
    }

    @ParameterizedTest(name = "{0} staff, {1} representatives: fails {2}")
    @CsvSource({"1000, 49, true", "1000, 50, false", "600, 30, false", "600, 29, true", "400, 30, false", "400, 29, true",
            "1001, 50, true", "1001, 51, false"})
    void theCongressIsFivePercentOfTheStaffAndAtLeastThirty(int staff, int representatives, boolean fails) {
        List<String> found = with("staff", staff, "representatives", representatives, "managers", 0,
                "frontline", representatives, "womenRepresentatives", representatives, "dispatchedRepresentatives", representatives,
                "lowestAttendance", representatives, "fewestInFavour", representatives);
        assertThat(found.stream().filter(f -> f.contains("职工代表" + representatives + "人，少于应有的")).count())
                .isEqualTo(fails ? 1 : 0);
    }

    /** No congress and no all-staff meeting: that one failure, not the congress's quorum or resolutions over nobody. */
    @Test
    void noCongressNorMeetingIsOneFailure() {
        assertThat(with("form", "NONE", "representatives", 0, "managers", 0, "frontline", 0, "womenRepresentatives", 0,
                "dispatchedRepresentatives", 0, "termYears", 0, "plenarySessions", 0, "lowestAttendance", 0,
                "fewestInFavour", 0)).singleElement().asString().startsWith("不合格 未建立职工代表大会或职工大会制度");
    }

    @Test
    void eachFindingSaysItsNumbersAsPeopleWriteThem() {
        assertThat(with("representatives", 49, "managers", 9, "frontline", 25, "womenRepresentatives", 20,
                "dispatchedRepresentatives", 3)).containsExactly(
                "不合格 职工代表49人，少于应有的50人（全体职工的5%且不少于30人） 《企业民主管理规定》及本地标准");
        assertThat(with("frontline", 24)).containsExactly("不合格 一线职工代表24人，少于职工代表总数的50% 本地标准");
        assertThat(with("managers", 11)).containsExactly("一般 中层以上管理人员代表11人，超过职工代表总数的20% 《企业民主管理规定》");
    }

    @Test
    void managersOverTwentyPercentAreAWarning_notAFailure() {
        assertThat(with("managers", 11)).singleElement().asString().startsWith("一般 中层以上管理人员代表11人");
        assertThat(with("managers", 10)).isEmpty();
    }

    @Test
    void frontlineWorkersAtLeastHalf() {
        assertThat(with("frontline", 24)).singleElement().asString().startsWith("不合格 一线职工代表24人");
        assertThat(with("frontline", 25)).isEmpty();
    }

    @Test
    void womenAndDispatchedWorkersInProportion() {
        // 400 of 1,000 staff are women: 20 of 50 representatives is in proportion, 19 is not
        assertThat(with("womenRepresentatives", 19)).singleElement().asString().startsWith("一般 女职工代表19人");
        assertThat(with("dispatchedRepresentatives", 2)).singleElement().asString().startsWith("一般 劳务派遣职工代表2人");
    }

    @Test
    void quorumTwoThirdsOfAll_andResolutionsMoreThanHalfOfAll() {
        // 50 representatives: 34 present is two thirds (34 x 3 >= 100), 33 is not
        assertThat(with("lowestAttendance", 33)).singleElement().asString().startsWith("不合格 有会议出席33人");
        assertThat(with("lowestAttendance", 34)).isEmpty();
        // 26 of 50 is more than half; 25 is half, not more
        assertThat(with("fewestInFavour", 25)).singleElement().asString().startsWith("不合格 有决议同意25人");
        assertThat(with("fewestInFavour", 26)).isEmpty();
    }

    @Test
    void aTermOfThreeToFiveYears_andASessionEveryYear() {
        assertThat(with("termYears", 2)).singleElement().asString().contains("届期2年");
        assertThat(with("termYears", 5)).isEmpty();
        assertThat(with("termYears", 6)).hasSize(1);
        assertThat(with("plenarySessions", 0)).singleElement().asString().contains("本年度未召开全体会议");
    }

    @Test
    void theCompanyLawsEmployeeDirectorAt300Staff() {
        List<String> at299 = with("staff", 299, "representatives", 30, "managers", 6, "frontline", 15, "womenRepresentatives", 12,
                "womenStaff", 100, "dispatchedRepresentatives", 0, "dispatchedStaff", 0, "lowestAttendance", 30,
                "fewestInFavour", 30, "employeeDirector", false);
        assertThat(at299).isEmpty();
        List<String> at300 = with("staff", 300, "representatives", 30, "managers", 6, "frontline", 15, "womenRepresentatives", 12,
                "womenStaff", 100, "dispatchedRepresentatives", 0, "dispatchedStaff", 0, "lowestAttendance", 30,
                "fewestInFavour", 30, "employeeDirector", false);
        assertThat(at300).singleElement().asString().startsWith("不合格 职工300人的公司，董事会中没有职工代表")
                .contains("第六十八条");
        // a supervisory board with employee members needs no employee director, but a third of it from the staff
        assertThat(with("employeeDirector", false, "oversight", "SUPERVISORY_BOARD", "supervisors", 3, "employeeSupervisors", 1))
                .isEmpty();
        assertThat(with("employeeDirector", false, "oversight", "SUPERVISORY_BOARD", "supervisors", 4, "employeeSupervisors", 1))
                .singleElement().asString().contains("低于三分之一");
        // not a company: the Company Law does not apply
        assertThat(with("company", false, "employeeDirector", false, "oversight", "NONE")).isEmpty();
    }

    @Test
    void anAllStaffMeetingBelowTheThreshold_butACongressFromIt() {
        assertThat(with("form", "ALL_STAFF_MEETING", "staff", 99, "representatives", 99, "lowestAttendance", 99,
                "fewestInFavour", 99, "company", false)).isEmpty();
        assertThat(with("form", "ALL_STAFF_MEETING", "staff", 100, "representatives", 100, "lowestAttendance", 100,
                "fewestInFavour", 100, "company", false))
                .singleElement().asString().contains("应当实行职工代表大会制度");
    }

    @Test
    void rulesNotPublished_andOpennessItemsMissing_areFailures() {
        assertThat(with("rulesPublished", false)).singleElement().asString().contains("《中华人民共和国劳动合同法》第四条");
        assertThat(with("missingOpennessItems", "社会保险缴纳情况、劳动争议情况")).singleElement().asString()
                .contains("以下事项未公开：社会保险缴纳情况、劳动争议情况");
    }
}
