package org.workright.contracts;

import static org.workright.casework.ProcessVariables.caseNo;
import static org.workright.casework.ProcessVariables.flag;
import static org.workright.casework.ProcessVariables.string;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.workright.casework.CaseStartGuard;
import org.workright.casework.PartyRecords;
import org.workright.casework.ProcessVariables;
import org.workright.contracts.ContractProcess.Var;

/**
 * The thin delegates of processes/collective-contract-filing.bpmn, each named after its BPMN id;
 * the work is in {@link ContractIntake} and {@link ContractReview}.
 */
final class ContractDelegates {

    private ContractDelegates() {
    }

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

    @Component("collectiveContractFilingRegisterFiling")
    static class RegisterFiling implements JavaDelegate {
        private final ContractIntake intake;

        RegisterFiling(ContractIntake intake) {
            this.intake = intake;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Map<String, Object> vars = intake.fileFromForm(execution);
            dropFilingFields(execution);
            execution.setVariables(vars);
            execution.setProcessBusinessKey((String) vars.get(Var.CASE_NO));
        }
    }

    /** Every filing (first, re-filed, amended) opens here: the record says which version and what it lacks. */
    @Component("collectiveContractFilingOpenFiling")
    static class OpenFiling implements JavaDelegate {
        private final ContractIntake intake;
        private final ContractVariables variables;

        OpenFiling(ContractIntake intake, ContractVariables variables) {
            this.intake = intake;
            this.variables = variables;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Map<String, Object> vars = variables.of(caseNo(execution));
            execution.setVariables(vars);
            execution.setVariable(Var.DOCUMENTS_COMPLETE,
                    intake.documentsComplete(caseNo(execution), (Integer) vars.get(Var.VERSION)));
        }
    }

    @Component("collectiveContractFilingConfirmDocuments")
    static class ConfirmDocuments implements JavaDelegate {
        private final ContractIntake intake;

        ConfirmDocuments(ContractIntake intake) {
            this.intake = intake;
        }

        @Override
        public void execute(DelegateExecution execution) {
            intake.confirmDocuments(caseNo(execution));
        }
    }

    @Component("collectiveContractFilingAcceptFiling")
    static class AcceptFiling implements JavaDelegate {
        private final ContractReview review;

        AcceptFiling(ContractReview review) {
            this.review = review;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariables(review.accept(caseNo(execution), execution.getProcessInstanceId()));
        }
    }

    @Component("collectiveContractFilingRecordUnionOpinion")
    static class RecordUnionOpinion implements JavaDelegate {
        private final ContractReview review;

        RecordUnionOpinion(ContractReview review) {
            this.review = review;
        }

        @Override
        public void execute(DelegateExecution execution) {
            review.recordUnionOpinion(caseNo(execution), ProcessVariables.integer(execution, Var.VERSION, 1),
                    string(execution, Var.UNION_OPINION));
        }
    }

    @Component("collectiveContractFilingPreCheck")
    static class PreCheck implements JavaDelegate {
        private final ContractReview review;

        PreCheck(ContractReview review) {
            this.review = review;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable(Var.PRECHECK, review.precheck(caseNo(execution)));
        }
    }

    @Component("collectiveContractFilingRecordReview")
    static class RecordReview implements JavaDelegate {
        private final ContractReview review;

        RecordReview(ContractReview review) {
            this.review = review;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariables(review.decide(caseNo(execution), flag(execution, Var.OBJECTS),
                    string(execution, Var.OPINION)));
        }
    }

    @Component("collectiveContractFilingTakeEffect")
    static class TakeEffect implements JavaDelegate {
        private final ContractReview review;

        TakeEffect(ContractReview review) {
            this.review = review;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariables(review.takeEffectBySilence(caseNo(execution)));
        }
    }

    @Component("collectiveContractFilingRecordRefiling")
    static class RecordRefiling implements JavaDelegate {
        private final ContractIntake intake;

        RecordRefiling(ContractIntake intake) {
            this.intake = intake;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Map<String, Object> vars = intake.refileFromForm(caseNo(execution), execution);
            dropFilingFields(execution);
            execution.setVariables(vars);
        }
    }

    @Component("collectiveContractFilingRecordLapse")
    static class RecordLapse implements JavaDelegate {
        private final ContractReview review;

        RecordLapse(ContractReview review) {
            this.review = review;
        }

        @Override
        public void execute(DelegateExecution execution) {
            review.lapse(caseNo(execution));
        }
    }

    @Component("collectiveContractFilingRecordPublication")
    static class RecordPublication implements JavaDelegate {
        private final ContractReview review;

        RecordPublication(ContractReview review) {
            this.review = review;
        }

        @Override
        public void execute(DelegateExecution execution) {
            review.recordPublication(caseNo(execution), ProcessVariables.date(execution, Var.PUBLISHED_ON),
                    string(execution, Var.PUBLICATION_NOTE));
        }
    }

    @Component("collectiveContractFilingRecordPublicationMissed")
    static class RecordPublicationMissed implements JavaDelegate {
        private final ContractReview review;

        RecordPublicationMissed(ContractReview review) {
            this.review = review;
        }

        @Override
        public void execute(DelegateExecution execution) {
            review.recordPublicationMissed(caseNo(execution));
        }
    }

    @Component("collectiveContractFilingRemindRenewal")
    static class RemindRenewal implements JavaDelegate {
        private final ContractReview review;

        RemindRenewal(ContractReview review) {
            this.review = review;
        }

        @Override
        public void execute(DelegateExecution execution) {
            review.remindRenewal(caseNo(execution));
        }
    }

    @Component("collectiveContractFilingExpire")
    static class Expire implements JavaDelegate {
        private final ContractReview review;

        Expire(ContractReview review) {
            this.review = review;
        }

        @Override
        public void execute(DelegateExecution execution) {
            review.expire(caseNo(execution));
        }
    }
}
