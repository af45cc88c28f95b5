package org.workright.legalaid;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.workright.ApplicationTest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The public application takes JSON as written: every coercion the pen test got through is a 400 naming the field. */
@ApplicationTest
class PublicInputTest {

    private static final String APPLY = "/api/public/legal-aid/applications";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @Test
    void coercedValuesAreRefusedNamingTheirField() throws Exception {
        Map<String, String> lenient = Map.of(
                "infringementKnownOn", "0",
                "leftEmploymentOn", "[2026,12,1]",
                "proceduralDeadline", "\"-0001-01-01\"",
                "migrantWorker", "-1",
                "claimType", "3",
                "stillEmployed", "\"yes\"",
                "perCapitaIncome", "\"1000\"");
        for (var entry : lenient.entrySet()) {
            ObjectNode body = json.valueToTree(TestApplications.wageClaim().build());
            body.set(entry.getKey(), json.readTree(entry.getValue()));
            mvc.perform(post(APPLY).contentType(MediaType.APPLICATION_JSON).content(body.toString()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(entry.getKey()));
        }
        ObjectNode farFuture = json.valueToTree(TestApplications.wageClaim().build());
        farFuture.put("proceduralDeadline", "+99999-01-01");
        mvc.perform(post(APPLY).contentType(MediaType.APPLICATION_JSON).content(farFuture.toString()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("proceduralDeadline"));
    }

    @Test
    void trailingTokensAreRefused() throws Exception {
        String body = json.writeValueAsString(TestApplications.wageClaim().build()) + "}}}";
        mvc.perform(post(APPLY).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest());
    }
}
