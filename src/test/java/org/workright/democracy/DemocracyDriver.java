package org.workright.democracy;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.workright.enterprises.CreditCode;
import org.workright.enterprises.Enterprise;
import org.workright.enterprises.Enterprise.UnionStatus;
import org.workright.enterprises.EnterpriseRegister;

/** Enterprises of the tests' own and the reports they make, as the enterprise's forms send them. */
public final class DemocracyDriver {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private DemocracyDriver() {
    }

    /** A fresh unionised enterprise of the district (division code), registered; its credit code. */
    public static String enterprise(EnterpriseRegister register, String division, String district, int staff, boolean stateOwned) {
        String code = code(division);
        register.register(new Enterprise(code, "昆明检查示例" + code.substring(10, 16) + "有限公司",
                "昆明市" + district + "检查路" + SERIAL.get() + "号", "张三", district, "制造业", stateOwned, staff,
                UnionStatus.ESTABLISHED));
        return code;
    }

    /** A password the identity service's policy accepts, for the tests' own enterprise representatives. */
    public static final String PASSWORD = "Wd9!representative";

    /** A new user who represents the enterprise (and only it); their user id. */
    public static String representative(org.camunda.bpm.engine.IdentityService identity, EnterpriseRegister register,
            String creditCode) {
        String id = "wdrep" + SERIAL.incrementAndGet();
        var user = identity.newUser(id);
        user.setFirstName("代表");
        user.setLastName("企业");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        register.addRepresentative(id, creditCode);
        return id;
    }

    /** A valid, unused credit code of the division: the organisation code's body counts up. */
    static String code(String division) {
        return CreditCode.withChecks("91" + division + "MD" + "%06d".formatted(SERIAL.incrementAndGet() + 400_000));
    }

    /** A sound congress report: 1,000 staff, 50 representatives as the rules want them, one quorate session. */
    public static Map<String, Object> soundCongress(int year) {
        Map<String, Object> v = new HashMap<>();
        v.put("form", "CONGRESS");
        v.put("staff", 1000);
        v.put("womenStaff", 400);
        v.put("dispatchedStaff", 50);
        v.put("representatives", 50);
        v.put("managers", 10);
        v.put("frontline", 30);
        v.put("womenRepresentatives", 20);
        v.put("dispatchedRepresentatives", 3);
        v.put("termStartsOn", (year - 1) + "-03-01");
        v.put("termYears", 3);
        v.put("sessions", year + "-03-01，45，40，审议集体合同草案；厂务公开情况报告");
        v.put("rulesNote", "考勤和休假制度经职工代表大会讨论，与工会协商确定后在公开栏公示7日。");
        v.put("rulesPublished", true);
        for (Openness.Item item : Openness.Item.values()) {
            v.put("openness_" + item.name(), true);
        }
        v.put("channel_NOTICE_BOARD", true);
        v.put("companyKind", "NONE");
        return v;
    }

    /** The report as Tasklist submits it: every checkbox of the form, ticked or not (the engine wants them all). */
    public static Map<String, Object> asTasklistSends(Map<String, Object> report) throws java.io.IOException {
        Map<String, Object> v = new HashMap<>(report);
        for (var component : new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(java.nio.file.Path.of("forms/democracy-report.form").toFile()).path("components")) {
            if (component.path("type").asText().equals("checkbox")) {
                v.putIfAbsent(component.path("key").asText(), false);
            }
        }
        return v;
    }

    public static Map<String, Object> with(Map<String, Object> report, Object... namesAndValues) {
        Map<String, Object> v = new HashMap<>(report);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            v.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return v;
    }
}
