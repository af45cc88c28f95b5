package org.workright.democracy;

import static org.workright.casework.ProcessVariables.caseNo;
import static org.workright.casework.ProcessVariables.flag;
import static org.workright.casework.ProcessVariables.string;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.workright.casework.CaseStartGuard;
import org.workright.casework.InvalidInput;
import org.workright.casework.PartyRecords;
import org.workright.casework.ProcessVariables;
import org.workright.democracy.DemocracyProcess.Var;
import org.workright.enterprises.EnterpriseRegister;
import org.workright.people.CurrentUser;
import org.workright.system.ProblemException;

/**
 * The thin delegates of processes/workplace-democracy-check.bpmn, each a bean named after its
 * BPMN id; the work is in {@link DemocracyChecks}, {@link DemocracyReports} and {@link DemocracyReview}.
 */
@Configuration(proxyBeanMethods = false)
class DemocracyDelegates {

    /** A report's fields, once recorded, leave the instance: the record holds them. */
    static void dropReportFields(DelegateExecution execution) {
        Set<String> fields = new HashSet<>(DemocracyProcess.reportFields());
        fields.add(Var.CORRECTION_NOTE);
        fields.retainAll(execution.getVariableNames());
        execution.removeVariables(fields);
    }

    /** The start guard: a check the round or the API recorded is on record before its message starts the instance. */
    @Component("workplaceDemocracyCheckCaseStart")
    static class CaseStart extends CaseStartGuard {
        CaseStart(DemocracyRepository checks, DemocracyVariables variables) {
            super(checks::claimProcess, variables::of);
        }
    }

    @Component
    static class Party implements PartyRecords {
        private final DemocracyRepository checks;
        private final DemocracyVariables variables;

        Party(DemocracyRepository checks, DemocracyVariables variables) {
            this.checks = checks;
            this.variables = variables;
        }

        @Override
        public DemocracyModule process() {
            return DemocracyModule.DECLARATION;
        }

        @Override
        public String enterpriseGroup(String caseNo) {
            return EnterpriseRegister.groupOf(checks.require(caseNo).creditCode());
        }

        @Override
        public Map<String, Object> recordedVariables(String caseNo) {
            return variables.of(caseNo);
        }
    }

    /** Tasklist's start form: an inspector's check of one enterprise, recorded; the start guard takes it from there. */
    @Bean("workplaceDemocracyCheckRegisterCheck")
    JavaDelegate registerCheck(DemocracyChecks starts, CurrentUser currentUser) {
        return execution -> {
            String caseNo;
            try {
                caseNo = starts.register(string(execution, Var.CREDIT_CODE),
                        ProcessVariables.integer(execution, Var.CHECK_YEAR, 0), currentUser.id());
            } catch (ProblemException refused) {
                throw InvalidInput.naming(refused.getMessage(), refused.field() == null ? Var.CREDIT_CODE : refused.field());
            }
            execution.setProcessBusinessKey(caseNo);
        };
    }

    @Bean("workplaceDemocracyCheckRemindSubmission")
    JavaDelegate remindSubmission(DemocracyReview review) {
        return execution -> review.remind(caseNo(execution));
    }

    @Bean("workplaceDemocracyCheckRecordNoSubmission")
    JavaDelegate recordNoSubmission(DemocracyReports reports, DemocracyVariables variables) {
        return execution -> {
            reports.recordMissed(caseNo(execution));
            execution.setVariable(Var.FINDINGS_TEXT, variables.findingsText(caseNo(execution)));
        };
    }

    @Bean("workplaceDemocracyCheckRecordReport")
    JavaDelegate recordReport(DemocracyReports reports) {
        return execution -> {
            reports.record(caseNo(execution), execution, false);
            dropReportFields(execution);
        };
    }

    @Bean("workplaceDemocracyCheckRecordCorrection")
    JavaDelegate recordCorrection(DemocracyReports reports) {
        return execution -> {
            reports.record(caseNo(execution), execution, true);
            dropReportFields(execution);
        };
    }

    /** The decision table's findings go to the record; the inspector's task shows them. */
    @Bean("workplaceDemocracyCheckEvaluateRules")
    JavaDelegate evaluateRules(DemocracyReports reports, DemocracyVariables variables) {
        return execution -> {
            reports.evaluate(caseNo(execution));
            execution.setVariable(Var.FINDINGS_TEXT, variables.findingsText(caseNo(execution)));
        };
    }

    /** The correction report, put to the same table. */
    @Bean("workplaceDemocracyCheckEvaluateCorrection")
    JavaDelegate evaluateCorrection(DemocracyReports reports, DemocracyVariables variables) {
        return evaluateRules(reports, variables);
    }

    @Bean("workplaceDemocracyCheckRecordReview")
    JavaDelegate recordReview(DemocracyReview review, DemocracyVariables variables) {
        return execution -> {
            Object judged = execution.getVariable(Var.COMPLIANT);
            execution.setVariables(review.decide(caseNo(execution), string(execution, Var.OBSERVATIONS),
                    judged == null || judged.toString().isBlank() ? null : flag(execution, Var.COMPLIANT),
                    string(execution, Var.REVIEW_NOTE)));
            execution.removeVariables(Set.of(Var.OBSERVATIONS, Var.REVIEW_NOTE));
            execution.setVariables(variables.of(caseNo(execution)));
        };
    }

    @Bean("workplaceDemocracyCheckRecordVerification")
    JavaDelegate recordVerification(DemocracyReview review, DemocracyVariables variables) {
        return execution -> {
            execution.setVariables(review.verify(caseNo(execution), flag(execution, Var.CORRECTED),
                    string(execution, Var.VERIFY_NOTE)));
            execution.removeVariable(Var.VERIFY_NOTE);
            execution.setVariable(Var.FINDINGS_TEXT, variables.findingsText(caseNo(execution)));
        };
    }

    @Bean("workplaceDemocracyCheckEscalate")
    JavaDelegate escalate(DemocracyReview review) {
        return execution -> execution.setVariable("supervisionCaseNo", review.escalate(caseNo(execution)));
    }
}
