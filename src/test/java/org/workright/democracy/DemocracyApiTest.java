package org.workright.democracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.workright.ProcessClock;
import org.workright.WorkRightTest;
import org.workright.enterprises.EnterpriseRegister;

/** The endpoints with their refusals, each naming its field in Chinese; what an enterprise and another district see. */
@WorkRightTest
class DemocracyApiTest {

    @RegisterExtension
    static final ProcessClock clock = ProcessClock.at("2026-03-02T10:00:00+08:00");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    EnterpriseRegister register;

    @BeforeEach
    void setUp() {
        init(engine);
    }

    private ResponseEntity<JsonNode> start(String user, Object body) {
        return http.withBasicAuth(user, "demo").postForEntity("/api/democracy/checks", body, JsonNode.class);
    }

    private static String field(ResponseEntity<JsonNode> answer) {
        return answer.getBody().path("errors").path(0).path("field").asText();
    }

    @Test
    void anInspectorStartsACheckOfTheirDistrict_once() {
        String code = DemocracyDriver.enterprise(register, "530111", "官渡区", 200, false);
        ResponseEntity<JsonNode> started = start("democracy1", Map.of("creditCode", code, "year", 2026));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(started.getBody().path("caseNo").asText()).startsWith("WD-2026-");

        ResponseEntity<JsonNode> again = start("democracy1", Map.of("creditCode", code, "year", 2026));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().path("detail").asText()).contains("每年只检查一次");
        // the city's officer may start any district's; another district's may not
        String other = DemocracyDriver.enterprise(register, "530111", "官渡区", 200, false);
        ResponseEntity<JsonNode> elsewhere = start("democracy2", Map.of("creditCode", other, "year", 2026));
        assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(start("democracy0", Map.of("creditCode", other, "year", 2026)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void badRequestsNameTheirField_inChinese() {
        ResponseEntity<JsonNode> unknown = start("democracy1", Map.of("creditCode", "91530111MA6K7XQ34X", "year", 2026));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(field(unknown)).isEqualTo("creditCode");
        assertThat(unknown.getBody().path("detail").asText()).contains("企业未登记");

        ResponseEntity<JsonNode> noYear = start("democracy1", Map.of("creditCode", "91530111MA6K7XQ34D"));
        assertThat(field(noYear)).isEqualTo("year");
        ResponseEntity<JsonNode> farYear = start("democracy1", Map.of("creditCode", "91530111MA6K7XQ34D", "year", 2020));
        assertThat(farYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(field(farYear)).isEqualTo("year");
        ResponseEntity<JsonNode> word = start("democracy1", Map.of("creditCode", "91530111MA6K7XQ34D", "year", "明年"));
        assertThat(word.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(word.getBody().toString()).doesNotContain("Integer").doesNotContain("java");

        ResponseEntity<JsonNode> figures = http.withBasicAuth("democracy1", "demo")
                .getForEntity("/api/democracy/figures?year=2999", JsonNode.class);
        assertThat(figures.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(field(figures)).isEqualTo("year");
        ResponseEntity<JsonNode> notANumber = http.withBasicAuth("democracy1", "demo")
                .getForEntity("/api/democracy/figures?year=abc", JsonNode.class);
        assertThat(notANumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theFiguresReadAsTheReportDoes() {
        JsonNode figures = http.withBasicAuth("democracy1", "demo").getForObject("/api/democracy/figures?year=2026",
                JsonNode.class);
        assertThat(figures.path("year").asInt()).isEqualTo(2026);
        assertThat(figures.path("overall").path("unionised").asLong()).isPositive();
        assertThat(figures.path("statements").toString()).contains("全市已建工会的").contains("家已建立职代会（职工大会）制度");
    }
}
