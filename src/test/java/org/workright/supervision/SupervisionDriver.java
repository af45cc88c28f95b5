package org.workright.supervision;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.workright.ProcessClock;

/** Drives a supervision case through its first steps, as the inspectors would in Tasklist (public: any test may need a case). */
public final class SupervisionDriver {

    public static final String MACHINERY = "91530111MA6K7XQ34D";
    public static final String CONSTRUCTION = "91530103MA6N2R8L6U";

    private final ProcessEngine engine;

    public SupervisionDriver(ProcessEngine engine) {
        this.engine = engine;
    }

    public ProcessInstance register(String creditCode, boolean consents) {
        Map<String, Object> form = new HashMap<>();
        form.put("creditCode", creditCode);
        form.put("source", "COMPLAINT");
        form.put("facts", "职工反映单位连续三个月未支付加班工资。");
        form.put("complainantName", "张三");
        form.put("complainantConsents", consents);
        return engine.getRuntimeService().startProcessInstanceByKey(SupervisionProcess.KEY, form);
    }

    /** Accepted, investigated, notice approved and issued, service recorded: the enterprise must reply. */
    public ProcessInstance noticeServed(ProcessInstance pi, String serviceDate) {
        complete(task(pi), withVariables("accepted", true));
        complete(task(pi), investigation("inspector1, inspector2"));
        complete(task(pi), withVariables("requiredCorrection", "补发2025年6月至8月加班工资", "correctionDays", 30));
        complete(task(pi), withVariables("approved", true));
        complete(task(pi), withVariables("serviceDate", serviceDate, "serviceMethod", "DIRECT",
                "serviceRecipient", "王经理"));
        return pi;
    }

    public static Map<String, Object> investigation(String inspectors) {
        Map<String, Object> v = new HashMap<>();
        v.put("inspectors", inspectors);
        v.put("findings", "该单位2025年6月至8月安排职工延长工作时间，未支付加班工资。");
        v.put("evidence", "考勤记录\n工资表\n询问笔录3份");
        v.put("articlesBreached", "《中华人民共和国劳动法》第四十四条");
        v.put("sendWarning", false);
        return v;
    }

    public String caseNo(ProcessInstance pi) {
        return ProcessClock.caseNo(engine, pi);
    }
}
