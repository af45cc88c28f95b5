package org.workright.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.workright.casework.InvalidInput;
import org.workright.casework.ProcessVariables;
import org.workright.contracts.ContractDraft.Negotiator;
import org.workright.contracts.ContractDraft.Side;
import org.workright.contracts.ContractProcess.Var;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A contract as its party files it, through the API or a Camunda form: kind, term, signing date,
 * the negotiators of both sides, the vote, and the key terms the review looks at first.
 */
@Schema(description = "报送的集体合同 A collective contract as filed")
record FilingInput(
        @Schema(description = "合同种类") Contract.Kind kind,
        @Schema(description = "签订日期（双方首席代表签字之日）") LocalDate signedOn,
        @Schema(description = "合同期限起始日") LocalDate startsOn,
        @Schema(description = "合同期限终止日") LocalDate endsOn,
        @Schema(description = "覆盖职工人数") Integer workersCovered,
        @Schema(description = "双方协商代表") List<Negotiator> negotiators,
        @Schema(description = "职工方首席代表由本单位工会主席担任") Boolean workersChiefIsUnionChair,
        @Schema(description = "用人单位方首席代表的身份") Filing.ChiefCapacity employerChiefCapacity,
        @Schema(description = "职工代表大会（职工大会）表决情况") ContractDraft.Vote vote,
        @Schema(description = "约定的最低月工资（元）") BigDecimal lowestMonthlyWage,
        @Schema(description = "约定的每周工作时间（小时）") BigDecimal weeklyHours,
        @Schema(description = "约定的工资调整幅度") String wageIncrease) {

    FilingInput {
        negotiators = negotiators == null ? List.of() : List.copyOf(negotiators);
    }

    /** What the filing rules check, filed today. */
    ContractDraft draft(LocalDate filedOn) {
        return new ContractDraft(signedOn, filedOn, startsOn, endsOn, negotiators, vote, lowestMonthlyWage);
    }

    /**
     * The filing as a Camunda form submitted it. Negotiators come one a line, as the form explains:
     * "姓名 身份证件号码 职工方|用人单位方 [首席] [外聘]".
     */
    static FilingInput fromForm(VariableScope form) {
        Integer total = number(form, Var.VOTE_TOTAL);
        Integer present = number(form, Var.VOTE_PRESENT);
        Integer inFavour = number(form, Var.VOTE_IN_FAVOUR);
        ContractDraft.Vote vote = total == null || present == null || inFavour == null ? null
                : new ContractDraft.Vote(total, present, inFavour, ProcessVariables.date(form, Var.VOTE_HELD_ON));
        return new FilingInput(ProcessVariables.optionalChoice(form, Var.KIND, Contract.Kind.class),
                ProcessVariables.date(form, Var.SIGNED_ON), ProcessVariables.date(form, Var.STARTS_ON),
                ProcessVariables.date(form, Var.ENDS_ON), number(form, Var.WORKERS_COVERED),
                negotiators(ProcessVariables.string(form, Var.NEGOTIATORS)),
                ProcessVariables.flag(form, Var.WORKERS_CHIEF_IS_UNION_CHAIR),
                ProcessVariables.optionalChoice(form, Var.EMPLOYER_CHIEF_CAPACITY, Filing.ChiefCapacity.class), vote,
                ProcessVariables.amount(form, Var.LOWEST_MONTHLY_WAGE), ProcessVariables.amount(form, Var.WEEKLY_HOURS),
                ProcessVariables.string(form, Var.WAGE_INCREASE));
    }

    private static Integer number(VariableScope form, String name) {
        Object value = form.getVariable(name);
        if (value == null || value instanceof String s && s.isBlank()) {
            return null;
        }
        int n = ProcessVariables.integer(form, name, Integer.MIN_VALUE);
        return n == Integer.MIN_VALUE ? null : n;
    }

    /** One negotiator a line; a line that cannot be read is refused with its number. */
    static List<Negotiator> negotiators(String text) {
        List<Negotiator> all = new ArrayList<>();
        if (text == null) {
            return all;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("[\\s,，、；;]+");
            if (parts.length < 3) {
                throw InvalidInput.naming("协商代表第" + (i + 1) + "行应写明：姓名 身份证件号码 职工方或用人单位方（首席、外聘另注）",
                        Var.NEGOTIATORS);
            }
            Side side = switch (parts[2]) {
                case "职工方", "职工" -> Side.WORKERS;
                case "用人单位方", "用人单位", "企业方", "企业" -> Side.EMPLOYER;
                default -> throw InvalidInput.naming("协商代表第" + (i + 1) + "行的所在一方应为“职工方”或“用人单位方”",
                        Var.NEGOTIATORS);
            };
            boolean chief = false;
            boolean outsider = false;
            for (int p = 3; p < parts.length; p++) {
                switch (parts[p]) {
                    case "首席", "首席代表" -> chief = true;
                    case "外聘", "外聘代表" -> outsider = true;
                    default -> throw InvalidInput.naming("协商代表第" + (i + 1) + "行只能另注“首席”或“外聘”："
                            + parts[p], Var.NEGOTIATORS);
                }
            }
            all.add(new Negotiator(parts[0], parts[1].toUpperCase(Locale.ROOT), side, chief, outsider));
        }
        return all;
    }
}
