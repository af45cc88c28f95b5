package org.workright.supervision;

import static org.workright.casework.ProcessVariables.caseNo;
import static org.workright.supervision.SupervisionProcess.Var.RECOMMENDATION_ROUTE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.workright.casework.District;

/**
 * Task_SignRecommendation reached: the lead sees which federation issues the 建议书 and which labour
 * department of the same level receives it (ACFTU Labour-Law Supervision Measures art 21), as the
 * enterprise's county decides; nobody types it in.
 */
@Component("labourLawSupervisionRecommendationRoute")
class RecommendationRouteListener implements ExecutionListener {

    private final SupervisionCaseRepository cases;
    private final SupervisionDistricts districts;

    RecommendationRouteListener(SupervisionCaseRepository cases, SupervisionDistricts districts) {
        this.cases = cases;
        this.districts = districts;
    }

    @Override
    public void notify(DelegateExecution execution) {
        District issuing = districts.issuing(cases.creditCode(caseNo(execution)));
        execution.setVariable(RECOMMENDATION_ROUTE, issuing.federation().name() + "签发，送" + issuing.labourDepartment().name());
    }
}
