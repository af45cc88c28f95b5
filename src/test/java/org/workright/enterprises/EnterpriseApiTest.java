package org.workright.enterprises;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.workright.WorkRightTest;

/** The enterprise register over HTTP: registration, its validation, and the 一企一档 file. */
@WorkRightTest
class EnterpriseApiTest {

    private static final RequestPostProcessor INSPECTOR = httpBasic("inspector1", "demo");
    private static final AtomicInteger SERIAL = new AtomicInteger(100);

    @Autowired
    MockMvc mvc;

    @Test
    void anInspectorRegistersAnEnterpriseOnce() throws Exception {
        String code = freshCode();

        register(code, INSPECTOR).andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/enterprises/" + code));
        register(code, INSPECTOR).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/enterprises/" + code).with(INSPECTOR))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unionStatus").value("ESTABLISHED"));
        mvc.perform(get("/api/enterprises").param("name", "测试登记").with(INSPECTOR))
                .andExpect(jsonPath("$[*].creditCode").value(hasItem(code)));
    }

    /** The pickers search the register by a part of the name or the start of the code, a page at a time. */
    @Test
    void theRegisterIsSearchedByNameOrCodeAndNeverWhole() throws Exception {
        mvc.perform(get("/api/enterprises").param("q", "示例机械").with(INSPECTOR)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("昆明示例机械制造有限公司"));
        // a code's start, as typed (lower case, spaces)
        mvc.perform(get("/api/enterprises").param("q", "91530111 ma6k7").with(INSPECTOR))
                .andExpect(jsonPath("$[*].creditCode").value(hasItem("91530111MA6K7XQ34D")));
        mvc.perform(get("/api/enterprises").param("limit", "1").with(INSPECTOR))
                .andExpect(jsonPath("$.length()").value(1));
        for (String limit : new String[] {"0", "201"}) {
            mvc.perform(get("/api/enterprises").param("limit", limit).with(INSPECTOR))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("limit"));
        }
    }

    @Test
    void badCreditCodesAreNamedWithTheirProblem() throws Exception {
        register("91440300192203821", INSPECTOR).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("creditCode"))
                .andExpect(jsonPath("$.errors[0].message").value("统一社会信用代码应为18位，实际为17位"));
        register("914403001922038217", INSPECTOR).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("统一社会信用代码校验位不正确"));
        register("9144030071526726xg", INSPECTOR).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("统一社会信用代码应使用大写字母"));
    }

    @Test
    void onlyInspectorsAndAdministratorsRegisterEnterprises() throws Exception {
        register(freshCode(), httpBasic("lawyer1", "demo")).andExpect(status().isForbidden());
        register(freshCode(), httpBasic("enterpriseA", "demo")).andExpect(status().isForbidden());
        mvc.perform(get("/api/enterprises/91530111MA6K7XQ3P9").with(INSPECTOR)).andExpect(status().isNotFound());
    }

    @Test
    void theFileListsWhatIsHeldAboutTheEnterprise() throws Exception {
        mvc.perform(get("/api/enterprises/91530111MA6K7XQ34D/file").with(INSPECTOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enterprise.name").value("昆明示例机械制造有限公司"))
                .andExpect(jsonPath("$.sections[*].title").value(hasItem(containsString("法律援助"))))
                .andExpect(jsonPath("$.sections[*].title").value(hasItem(containsString("劳动法律监督"))));
    }

    /** Where an enterprise is registered decides its cases' issuer and rest days: one of the city's counties. */
    @Test
    void theDistrictIsOneOfTheCitysCounties_writtenAsConfigured() throws Exception {
        String code = freshCode();
        register(code, INSPECTOR, "石林县").andExpect(status().isCreated())
                .andExpect(jsonPath("$.district").value("石林彝族自治县"));
        register(freshCode(), INSPECTOR, "朝阳区").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("district"));
    }

    private ResultActions register(String code, RequestPostProcessor user) throws Exception {
        return register(code, user, "呈贡区");
    }

    private ResultActions register(String code, RequestPostProcessor user, String district) throws Exception {
        String body = """
                {"creditCode":"%s","name":"测试登记有限公司%s","address":"昆明市呈贡区示例路","legalRepresentative":"李某",
                 "district":"%s","industry":"制造业","stateOwned":false,"staffCount":120,"unionStatus":"ESTABLISHED"}
                """.formatted(code, code.substring(12), district);
        return mvc.perform(post("/api/enterprises").with(user).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** A valid code not yet registered (both check characters computed, as on a real licence). */
    private static String freshCode() {
        String organisation = "MA6T%04d".formatted((SERIAL.incrementAndGet() + (int) (System.nanoTime() % 9000)) % 10000);
        String body = "91530114" + organisation + CreditCode.organisationCheckCharacter(organisation);
        return body + CreditCode.checkCharacter(body);
    }
}
