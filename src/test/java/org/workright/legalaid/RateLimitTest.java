package org.workright.legalaid;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.workright.ApplicationTest;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The pen test's floods of applications and status checks from one client meet a 429. */
@ApplicationTest
@TestPropertySource(properties = {
        // a context of its own (low limits): its engine gets a name of its own, or it would take the
        // place of the shared context's "default" engine in Camunda's static registry and that
        // context's REST API would run against the wrong engine
        "camunda.bpm.generate-unique-process-engine-name=true",
        "workright.rate-limits.public-application.requests=2", "workright.rate-limits.public-application.per=PT1H",
        "workright.rate-limits.public-status.requests=3", "workright.rate-limits.public-status.per=PT10M",
        "workright.rate-limits.public-verification.requests=3", "workright.rate-limits.public-verification.per=PT10M"})
class RateLimitTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @Test
    void applicationsFromOneClientAreLimited_othersGoOn() throws Exception {
        String body = json.writeValueAsString(TestApplications.wageClaim().build());
        for (int i = 0; i < 2; i++) {
            mvc.perform(from("10.0.0.1", post("/api/public/legal-aid/applications").contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(TestApplications.wageClaim().build())))).andExpect(status().isCreated());
        }
        mvc.perform(from("10.0.0.1", post("/api/public/legal-aid/applications").contentType(MediaType.APPLICATION_JSON)
                .content(body)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.detail").value(containsString("请求过于频繁")));
        mvc.perform(from("10.0.0.2", post("/api/public/legal-aid/applications").contentType(MediaType.APPLICATION_JSON)
                .content(body))).andExpect(status().isCreated());
    }

    @Test
    void statusChecksAndVerificationsAreLimited() throws Exception {
        String query = "{\"caseNo\":\"LA-2026-99999\",\"accessCode\":\"ABCDEFGH\"}";
        for (int i = 0; i < 3; i++) {
            mvc.perform(from("10.0.0.3", post("/api/public/legal-aid/status").contentType(MediaType.APPLICATION_JSON)
                    .content(query))).andExpect(status().is4xxClientError());
        }
        mvc.perform(from("10.0.0.3", post("/api/public/legal-aid/status").contentType(MediaType.APPLICATION_JSON)
                .content(query))).andExpect(status().isTooManyRequests());
        for (int i = 0; i < 3; i++) {
            // an unknown number is an answer too (404), and counts like any other
            mvc.perform(from("10.0.0.4", get("/api/public/letters/verify").param("number", "昆工法援〔1999〕第9999号")))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(from("10.0.0.4", get("/api/public/letters/verify").param("number", "昆工法援〔1999〕第9999号")))
                .andExpect(status().isTooManyRequests());
    }

    private static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }
}
