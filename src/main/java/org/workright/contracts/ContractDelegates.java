package org.workright.contracts;

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
import org.workright.casework.PartyRecords;
import org.workright.casework.ProcessVariables;
import org.workright.contracts.ContractProcess.Var;

/**
 * The thin delegates of processes/collective-contract-filing.bpmn, each a bean named after its
 * BPMN id; the work is in {@link ContractIntake} and {@link ContractReview}.
 */
@Configuration(proxyBeanMethods = false)
class ContractDelegates {

    /** What a filing's form fields leave behind once recorded: nothing (identity numbers among them). */
    static void dropFilingFields(DelegateExecution execution) {
        Set<String> fields = new HashSet<>(ContractsModule.FILING_FIELDS);
        fields.retainAll(execution.getVariableNames());
        execution.removeVariables(fields);
    }

    /** The start guard: a filing made through the API is on record before its message starts the instance. */
    @Component("collectiveContractFilingCaseStart")
    static class CaseStart extends CaseStartGuard {
        CaseStart(ContractRepository contracts, ContractVariables variables) {
            super(contracts::claimProcess, variables::of);
        }
    }

    /** The party kit's records: the filing party's group and the variables the record gives. */
    @Component
    static class Party implements PartyRecords {
        private final ContractRepository contracts;
        private final ContractVariables variables;

        Party(ContractRepository contracts, ContractVariables variables) {
            this.contracts = contracts;
            this.variables = variables;
        }

        @Override
        public ContractsModule process() {
            return ContractsModule.DECLARATION;
        }

        @Override
        public String enterpriseGroup(String caseNo) {
            return variables.partyGroup(contracts.require(caseNo));
        }

        @Override
        public Map<String, Object> recordedVariables(String caseNo) {
            return variables.of(caseNo);
        }
    }

    @Bean("collectiveContractFilingRegisterFiling")
    JavaDelegate registerFiling(ContractIntake intake) {
        return execution -> {
            Map<String, Object> vars = intake.fileFromForm(execution);
            dropFilingFields(execution);
            execution.setVariables(vars);
            execution.setProcessBusinessKey((String) vars.get(Var.CASE_NO));
        };
    }

    /** Every filing (first, re-filed, amended) opens here: the record says which version and what it lacks. */
    @Bean("collectiveContractFilingOpenFiling")
    JavaDelegate openFiling(ContractIntake intake, ContractVariables variables) {
        return execution -> {
            Map<String, Object> vars = variables.of(caseNo(execution));
            execution.setVariables(vars);
            execution.setVariable(Var.DOCUMENTS_COMPLETE,
                    intake.documentsComplete(caseNo(execution), (Integer) vars.get(Var.VERSION)));
        };
    }

    @Bean("collectiveContractFilingConfirmDocuments")
    JavaDelegate confirmDocuments(ContractIntake intake) {
        return execution -> intake.confirmDocuments(caseNo(execution));
    }

    @Bean("collectiveContractFilingAcceptFiling")
    JavaDelegate acceptFiling(ContractReview review) {
        return execution -> execution.setVariables(review.accept(caseNo(execution), execution.getProcessInstanceId()));
    }

    /**
     * The union's opinion and the pre-check are for the reviewer: they go to the record, which the
     * contract's page shows to staff, and not into the instance, which the filing party may read
     * while one of its tasks is open.
     */
    @Bean("collectiveContractFilingRecordUnionOpinion")
    JavaDelegate recordUnionOpinion(ContractReview review) {
        return execution -> {
            review.recordUnionOpinion(caseNo(execution), ProcessVariables.integer(execution, Var.VERSION, 1),
                    string(execution, Var.UNION_OPINION));
            execution.removeVariable(Var.UNION_OPINION);
        };
    }

    @Bean("collectiveContractFilingPreCheck")
    JavaDelegate preCheck(ContractReview review) {
        return execution -> execution.setVariable(Var.PRECHECK_SUMMARY, review.precheck(caseNo(execution)));
    }

    @Bean("collectiveContractFilingRecordReview")
    JavaDelegate recordReview(ContractReview review) {
        return execution -> execution.setVariables(review.decide(caseNo(execution), flag(execution, Var.OBJECTS),
                string(execution, Var.OPINION)));
    }

    @Bean("collectiveContractFilingTakeEffect")
    JavaDelegate takeEffect(ContractReview review) {
        return execution -> execution.setVariables(review.takeEffectBySilence(caseNo(execution)));
    }

    @Bean("collectiveContractFilingRecordRefiling")
    JavaDelegate recordRefiling(ContractIntake intake) {
        return execution -> {
            Map<String, Object> vars = intake.refileFromForm(caseNo(execution), execution);
            dropFilingFields(execution);
            execution.setVariables(vars);
        };
    }

    @Bean("collectiveContractFilingRecordPublication")
    JavaDelegate recordPublication(ContractReview review) {
        return execution -> review.recordPublication(caseNo(execution),
                ProcessVariables.date(execution, Var.PUBLISHED_ON), string(execution, Var.PUBLICATION_NOTE));
    }

    @Bean("collectiveContractFilingRecordLapse")
    JavaDelegate recordLapse(ContractReview review, ContractVariables variables) {
        return execution -> {
            execution.setVariable(Var.IN_FORCE, review.lapse(caseNo(execution)));
            execution.setVariables(variables.of(caseNo(execution)));
        };
    }

    @Bean("collectiveContractFilingRecordPublicationMissed")
    JavaDelegate recordPublicationMissed(ContractReview review) {
        return execution -> review.recordPublicationMissed(caseNo(execution));
    }

    @Bean("collectiveContractFilingRemindRenewal")
    JavaDelegate remindRenewal(ContractReview review) {
        return execution -> review.remindRenewal(caseNo(execution));
    }

    @Bean("collectiveContractFilingRecordRenewalIntent")
    JavaDelegate recordRenewalIntent(ContractReview review) {
        return execution -> review.recordRenewalIntent(caseNo(execution), string(execution, Var.RENEWAL_INTENT),
                string(execution, Var.RENEWAL_NOTE));
    }

    @Bean("collectiveContractFilingExpire")
    JavaDelegate expire(ContractReview review) {
        return execution -> review.expire(caseNo(execution));
    }
}
