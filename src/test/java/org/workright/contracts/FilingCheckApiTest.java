package org.workright.contracts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.workright.WorkRightTest;

/** The check before filing, over HTTP: every finding at once, the county's minimum wage, and whose contract. */
@WorkRightTest
class FilingCheckApiTest {

    private static final String MACHINERY = "91530111MA6K7XQ34D";
    private static final String CONSTRUCTION = "91530103MA6N2R8L6U";

    @Autowired
    MockMvc mvc;

    private static String draft(String creditCode, int present, int inFavour, String lowestWage) {
        StringBuilder negotiators = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            negotiators.append(i == 0 ? "" : ",")
                    .append("{\"name\":\"职工代表").append(i).append("\",\"idNumber\":\"").append(FilingCheckTest.id("W" + i))
                    .append("\",\"side\":\"WORKERS\",\"chief\":").append(i == 0).append(",\"outsider\":false},")
                    .append("{\"name\":\"企业代表").append(i).append("\",\"idNumber\":\"").append(FilingCheckTest.id("E" + i))
                    .append("\",\"side\":\"EMPLOYER\",\"chief\":").append(i == 0).append(",\"outsider\":false}");
        }
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        return "{" + (creditCode == null ? "" : "\"creditCode\":\"" + creditCode + "\",")
                + "\"signedOn\":\"" + today + "\",\"startsOn\":\"" + today + "\",\"endsOn\":\""
                + java.time.LocalDate.parse(today).plusYears(2).minusDays(1) + "\",\"negotiators\":[" + negotiators
                + "],\"vote\":{\"total\":100,\"present\":" + present + ",\"inFavour\":" + inFavour
                + ",\"heldOn\":\"" + today + "\"},\"lowestMonthlyWage\":" + lowestWage + "}";
    }

    @Test
    void aRepresentativeChecksTheirOwnContract_andSeesEveryFindingWithItsRule() throws Exception {
        mvc.perform(post("/api/contracts/filing-check").with(httpBasic("enterpriseA", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(draft(null, 67, 51, "2500")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enterprise").value("昆明示例机械制造有限公司"))
                .andExpect(jsonPath("$.acceptable").value(true))
                .andExpect(jsonPath("$.findings").isEmpty())
                .andExpect(jsonPath("$.approvalRule").value(Matchers.containsString("云南省集体合同条例")));
        // 50 of 100 is not more than half (Yunnan), and a wage below the county's minimum
        mvc.perform(post("/api/contracts/filing-check").with(httpBasic("enterpriseA", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(draft(MACHINERY, 67, 50, "1000")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acceptable").value(false))
                .andExpect(jsonPath("$.findings[*].field").value(Matchers.containsInAnyOrder("vote.inFavour",
                        "lowestMonthlyWage")))
                .andExpect(jsonPath("$.findings[?(@.field == 'lowestMonthlyWage')].message")
                        .value(Matchers.hasItem(Matchers.containsString("低于当地最低工资标准"))));
    }

    @Test
    void aRepresentativeChecksNoOtherEnterprisesContract() throws Exception {
        mvc.perform(post("/api/contracts/filing-check").with(httpBasic("enterpriseA", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(draft(CONSTRUCTION, 67, 51, "2500")))
                .andExpect(status().isForbidden());
    }

    @Test
    void staffNameTheEnterprise_andUnknownOnesAreNotFound() throws Exception {
        mvc.perform(post("/api/contracts/filing-check").with(httpBasic("inspector1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(draft(null, 67, 51, "2500")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("creditCode"));
        mvc.perform(post("/api/contracts/filing-check").with(httpBasic("inspector1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(draft("91530102MA6XXXXX0X", 67, 51, "2500")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/contracts/filing-check").with(httpBasic("inspector1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(draft(CONSTRUCTION, 66, 60, "2500")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.findings[0].field").value("vote.present"));
        mvc.perform(post("/api/contracts/filing-check").contentType(MediaType.APPLICATION_JSON)
                .content(draft(CONSTRUCTION, 67, 51, "2500"))).andExpect(status().isUnauthorized());
    }

    @Test
    void aMalformedDraftIsABadRequestNamingTheField() throws Exception {
        mvc.perform(post("/api/contracts/filing-check").with(httpBasic("enterpriseA", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"signedOn\":\"2026-13-40\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/contracts/filing-check").with(httpBasic("enterpriseA", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"negotiators\":[{\"side\":\"BOTH\"}]}"))
                .andExpect(status().isBadRequest());
    }
}
