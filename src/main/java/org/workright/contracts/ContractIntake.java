package org.workright.contracts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workright.casework.CaseNumbers;
import org.workright.casework.District;
import org.workright.casework.InvalidInput;
import org.workright.contracts.ContractDocument.Purpose;
import org.workright.contracts.ContractProcess.Activity;
import org.workright.contracts.ContractRepository.Coverage;
import org.workright.enterprises.Enterprise;
import org.workright.enterprises.EnterpriseRegister;
import org.workright.people.CurrentUser;
import org.workright.people.Roles;
import org.workright.system.ProblemException;
import org.workright.casework.Upload;

/**
 * Filing a collective contract, its re-filing after an objection and its amendment: checked in
 * full before anything is written (each refusal naming its rule and field), then recorded as the
 * contract's next version with its negotiators, coverage and documents, in one transaction with
 * the process step it starts or completes. An enterprise files its own contracts; a union files
 * the industry-wide and regional ones of its district.
 */
@Service
class ContractIntake {

    /** What a regional or industry-wide filing names besides the contract: its sides, district and enterprises. */
    record RegionalParties(String title, String employerParty, String employerAddress, String unionParty,
            String unionAddress, String district, List<Coverage> coverage) {
    }

    /** More workers than any one enterprise here has: a typing error. */
    static final int MOST_WORKERS = 1_000_000;
    /** Documents one filing may carry: its text, its scan, a letter of authority, and room to correct them. */
    static final int MOST_DOCUMENTS = 10;

    private final ContractRepository contracts;
    private final FilingCheck check;
    private final FilingRules rules;
    private final ContractDistricts districts;
    private final ContractVariables variables;
    private final EnterpriseRegister register;
    private final CaseNumbers caseNumbers;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final CurrentUser currentUser;
    private final Clock clock;

    ContractIntake(ContractRepository contracts, FilingCheck check, FilingRules rules, ContractDistricts districts,
            ContractVariables variables, EnterpriseRegister register, CaseNumbers caseNumbers, RuntimeService runtime,
            TaskService tasks, CurrentUser currentUser, Clock clock) {
        this.contracts = contracts;
        this.check = check;
        this.rules = rules;
        this.districts = districts;
        this.variables = variables;
        this.register = register;
        this.caseNumbers = caseNumbers;
        this.runtime = runtime;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Through the API, with its documents: an enterprise's contract, or a union's regional one. */
    @Transactional
    String file(FilingInput input, RegionalParties regional, List<Upload<Purpose>> uploads, Authentication user) {
        Contract contract = regional == null ? forEnterprise(ownEnterprise(user), input.kind(), user.getName())
                : forRegion(regional, input.kind(), user);
        List<Coverage> coverage = regional == null
                ? List.of(new Coverage(contract.creditCode(), input.workersCovered() == null ? 0 : input.workersCovered()))
                : regionalCoverage(regional, input);
        Filing filing = checked(contract, input, Filing.Reason.FIRST, 1, user.getName(), ProblemException::badFields);
        requireDocuments(uploads, filing);
        contracts.insert(contract);
        contracts.insertFiling(filing, input.negotiators(), Contract.Status.DOCUMENTS_PENDING);
        contracts.insertCoverage(contract.caseNo(), coverage);
        store(filing, uploads, user.getName());
        runtime.createMessageCorrelation(ContractProcess.MESSAGE_FILED).processInstanceBusinessKey(contract.caseNo())
                .correlateStartMessage();
        return contract.caseNo();
    }

    /** Task_RegisterFiling: an enterprise representative's start form in Tasklist; the documents follow. */
    @Transactional
    Map<String, Object> fileFromForm(VariableScope form) {
        String user = currentUser.id();
        String creditCode = register.enterpriseOf(user)
                .orElseThrow(() -> InvalidInput.of("只有企业代表可以报送本企业的集体合同"));
        FilingInput input = FilingInput.fromForm(form);
        Contract contract = forEnterprise(register.require(creditCode), input.kind(), user);
        Filing filing = checked(contract, input, Filing.Reason.FIRST, 1, user, ContractIntake::refuseInForm);
        contracts.insert(contract);
        contracts.insertFiling(filing, input.negotiators(), Contract.Status.DOCUMENTS_PENDING);
        contracts.insertCoverage(contract.caseNo(), List.of(new Coverage(creditCode, input.workersCovered())));
        return variables.of(contract.caseNo());
    }

    /** After a 审查意见书, through the API with the new documents: completes the party's re-filing task. */
    @Transactional
    void refile(String caseNo, FilingInput input, List<Upload<Purpose>> uploads, Authentication user) {
        Contract c = forParty(caseNo, user);
        if (c.status() != Contract.Status.OBJECTED) {
            throw ProblemException.conflict("只有被提出审查意见的集体合同才能重新报送；当前状态：" + c.status().label());
        }
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(Activity.REFILE)
                .singleResult();
        if (task == null) {
            throw ProblemException.conflict("该合同当前不能重新报送，请刷新后重试");
        }
        nextVersion(c, input, Filing.Reason.REFILED, uploads, user);
        tasks.complete(task.getId());
    }

    /**
     * Task_RecordRefiling: the re-filing form's fields become the next version (its documents are
     * uploaded next). A re-filing through the API recorded its version before completing the task:
     * the latest version is then one no review has decided yet.
     */
    @Transactional
    Map<String, Object> refileFromForm(String caseNo, VariableScope form) {
        Contract c = contracts.require(caseNo);
        if (contracts.filing(caseNo, c.version()).outcome() == null) {
            return variables.of(caseNo); // the API recorded the new version, not yet reviewed
        }
        FilingInput input = FilingInput.fromForm(form);
        Filing filing = checked(c, input, Filing.Reason.REFILED, c.version() + 1, currentUser.id(),
                ContractIntake::refuseInForm);
        contracts.insertFiling(filing, input.negotiators(), Contract.Status.DOCUMENTS_PENDING);
        return variables.of(caseNo);
    }

    /** An amended contract in force is filed again (Collective Contract Provisions art 42). */
    @Transactional
    void amend(String caseNo, FilingInput input, List<Upload<Purpose>> uploads, Authentication user) {
        Contract c = forParty(caseNo, user);
        if (c.status() != Contract.Status.IN_FORCE || c.endsOn().isBefore(today())) {
            throw ProblemException.conflict("只有生效中、已确认公布的集体合同才能报送变更；当前状态：" + c.status().label());
        }
        nextVersion(c, input, Filing.Reason.AMENDED, uploads, user);
        runtime.createMessageCorrelation(ContractProcess.MESSAGE_AMENDED).processInstanceBusinessKey(caseNo).correlate();
    }

    /** The contract's next version through the API, with its documents: checked in full, then recorded. */
    private void nextVersion(Contract c, FilingInput input, Filing.Reason reason, List<Upload<Purpose>> uploads,
            Authentication user) {
        Filing filing = checked(c, input, reason, c.version() + 1, user.getName(), ProblemException::badFields);
        requireDocuments(uploads, filing);
        contracts.insertFiling(filing, input.negotiators(), Contract.Status.DOCUMENTS_PENDING);
        store(filing, uploads, user.getName());
    }

    /** A document for a filing not yet received (the Tasklist filing's text and scan). */
    @Transactional
    ContractDocument attach(String caseNo, Upload<Purpose> upload, Authentication user) {
        forParty(caseNo, user);
        // uploads in parallel count one after another: the filing's row is held until this one is written
        Contract c = contracts.lock(caseNo);
        if (c.status() != Contract.Status.DOCUMENTS_PENDING) {
            throw ProblemException.conflict("本次报送已受理，材料不能再更改；如需修改合同，请在审查意见后重新报送或报送变更");
        }
        if (contracts.documents(caseNo).stream().filter(d -> d.version() == c.version()).count() >= MOST_DOCUMENTS) {
            throw ProblemException.conflict("每次报送最多上传" + MOST_DOCUMENTS + "个文件");
        }
        String by = user.getName();
        long id = contracts.insertDocument(caseNo, c.version(), upload.purpose(), upload.fileName(),
                upload.contentType(), upload.content(), upload.sha256(), OffsetDateTime.now(clock), by);
        return contracts.document(id).orElseThrow();
    }

    /** Task_ConfirmDocuments: the filing is received only with everything it needs attached. */
    void confirmDocuments(String caseNo) {
        Contract c = contracts.require(caseNo);
        Filing f = contracts.filing(caseNo, c.version());
        Set<Purpose> missing = missing(f, contracts.purposes(caseNo, c.version()));
        if (!missing.isEmpty()) {
            throw InvalidInput.of("请先上传：" + String.join("、", missing.stream().map(Purpose::label).toList()));
        }
    }

    /** Whether the filing can be received as it stands. */
    boolean documentsComplete(String caseNo, int version) {
        return missing(contracts.filing(caseNo, version), contracts.purposes(caseNo, version)).isEmpty();
    }

    /** The party that filed, or a union officer for a regional contract of their district. */
    Contract forParty(String caseNo, Authentication user) {
        Contract c = contracts.find(caseNo).orElseThrow(() -> ProblemException.notFound("未找到该集体合同：" + caseNo));
        boolean party = c.regional()
                ? Roles.any(user, districts.unions(c.districtCode()), districts.cityUnions())
                : Roles.any(user, Roles.ENTERPRISE) && register.enterpriseOf(user.getName())
                        .filter(own -> own.equals(c.creditCode())).isPresent();
        if (!party) {
            // to anyone else the contract does not exist: its number tells nothing
            throw ProblemException.notFound("未找到该集体合同：" + caseNo);
        }
        return c;
    }

    private static Set<Purpose> missing(Filing f, List<Purpose> attached) {
        Set<Purpose> needed = EnumSet.of(Purpose.TEXT, Purpose.SCAN);
        if (f.employerChief() == Filing.ChiefCapacity.DELEGATE) {
            needed.add(Purpose.AUTHORIZATION);
        }
        needed.removeAll(attached);
        return needed;
    }

    private void requireDocuments(List<Upload<Purpose>> uploads, Filing f) {
        Set<Purpose> missing = missing(f, uploads.stream().map(Upload::purpose).toList());
        if (!missing.isEmpty()) {
            throw ProblemException.badFields(missing.stream().map(p -> new ProblemException.FieldError(
                    p.name().toLowerCase(java.util.Locale.ROOT), "请上传" + p.label())).toList());
        }
    }

    private void store(Filing f, List<Upload<Purpose>> uploads, String by) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        uploads.forEach(u -> contracts.insertDocument(f.caseNo(), f.version(), u.purpose(), u.fileName(),
                u.contentType(), u.content(), u.sha256(), now, by));
    }

    /**
     * A refusal in a Camunda form: 400 naming the first field as the form calls it (voteInFavour, not
     * vote.inFavour), every refusal in the message.
     */
    private static RuntimeException refuseInForm(List<ProblemException.FieldError> errors) {
        String field = errors.get(0).field();
        String formKey = field.startsWith("negotiators") ? ContractProcess.Var.NEGOTIATORS
                : field.startsWith("vote.") ? "vote" + Character.toUpperCase(field.charAt(5)) + field.substring(6) : field;
        return InvalidInput.naming(String.join("；", errors.stream().map(ProblemException.FieldError::message).toList()),
                formKey);
    }

    /** The filing as it would be recorded, or the refusal listing every rule it breaks. */
    private Filing checked(Contract c, FilingInput input, Filing.Reason reason, int version, String by,
            java.util.function.Function<List<ProblemException.FieldError>, RuntimeException> refuse) {
        District district = districts.of(c.districtCode());
        LocalDate today = today();
        LocalDate lastDay = input.signedOn() == null ? null
                : districts.deadlines(c.districtCode()).calendarDaysFrom(input.signedOn(), rules.filingDays());
        List<FilingCheck.Finding> findings = check.checkFiling(input, today, district.monthlyMinimumWage(), lastDay);
        List<ProblemException.FieldError> refusals = findings.stream().filter(FilingCheck.Finding::refuses)
                .map(f -> new ProblemException.FieldError(f.field(), f.message())).toList();
        if (!refusals.isEmpty()) {
            throw refuse.apply(refusals);
        }
        boolean late = findings.stream().anyMatch(f -> f.field().equals("signedOn"));
        return new Filing(c.caseNo(), version, reason, today, by, input.signedOn(), input.startsOn(), input.endsOn(),
                input.workersCovered(), input.lowestMonthlyWage(), input.weeklyHours(), input.wageIncrease().strip(),
                input.vote(), input.employerChiefCapacity(), late, lastDay, null, null, null, null, null, null, null,
                null, null, null);
    }

    private Enterprise ownEnterprise(Authentication user) {
        if (!Roles.any(user, Roles.ENTERPRISE)) {
            throw ProblemException.forbidden("企业集体合同由企业代表报送；工会报送的是行业性、区域性集体合同（请填写 regional）");
        }
        return register.require(register.enterpriseOf(user.getName())
                .orElseThrow(() -> ProblemException.forbidden("该账号未关联企业")));
    }

    private Contract forEnterprise(Enterprise e, Contract.Kind kind, String by) {
        District d = districts.ofEnterprise(e.district(), e.creditCode());
        String title = e.name() + (kind == null ? "集体合同" : kind.label());
        return new Contract(caseNumbers.next(ContractsModule.DECLARATION), Contract.Scope.ENTERPRISE,
                kind == null ? Contract.Kind.COMPREHENSIVE : kind, e.creditCode(), title, e.name(), e.address(),
                e.name() + "工会委员会", e.address(), d.code(), Contract.Status.DOCUMENTS_PENDING, 1, null, null, null,
                null, null, null, false, null, null, null, null, OffsetDateTime.now(clock), by);
    }

    private Contract forRegion(RegionalParties r, Contract.Kind kind, Authentication user) {
        List<ProblemException.FieldError> errors = new ArrayList<>();
        District d = districts.find(r.district());
        if (d == null) {
            errors.add(new ProblemException.FieldError("regional.district", "请填写本市的县（市、区），如五华区"));
        } else if (!Roles.any(user, districts.unions(d.code()), districts.cityUnions())) {
            throw ProblemException.forbidden("只能报送本级工会所在县（市、区）的行业性、区域性集体合同");
        }
        for (var field : List.of(Map.entry("title", r.title()), Map.entry("employerParty", r.employerParty()),
                Map.entry("employerAddress", r.employerAddress()), Map.entry("unionParty", r.unionParty()),
                Map.entry("unionAddress", r.unionAddress()))) {
            if (field.getValue() == null || field.getValue().isBlank() || field.getValue().length() > 200) {
                errors.add(new ProblemException.FieldError("regional." + field.getKey(), "请填写"
                        + switch (field.getKey()) {
                            case "title" -> "合同名称";
                            case "employerParty" -> "用人单位一方（如行业企业代表组织）";
                            case "employerAddress" -> "用人单位一方的住所";
                            case "unionParty" -> "职工一方（行业或区域工会）";
                            default -> "职工一方的住所";
                        } + "（200字以内）"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badFields(errors);
        }
        return new Contract(caseNumbers.next(ContractsModule.DECLARATION), Contract.Scope.REGIONAL,
                kind == null ? Contract.Kind.COMPREHENSIVE : kind, null, r.title().strip(), r.employerParty().strip(),
                r.employerAddress().strip(), r.unionParty().strip(), r.unionAddress().strip(), d.code(),
                Contract.Status.DOCUMENTS_PENDING, 1, null, null, null, null, null, null, false, null, null, null,
                null, OffsetDateTime.now(clock), user.getName());
    }

    /** Every enterprise a regional contract lists is registered, once, with its workers; they add up. */
    private List<Coverage> regionalCoverage(RegionalParties r, FilingInput input) {
        District district = districts.find(r.district());
        List<Coverage> coverage = r.coverage() == null ? List.of() : r.coverage();
        List<ProblemException.FieldError> errors = new ArrayList<>();
        if (coverage.isEmpty()) {
            errors.add(new ProblemException.FieldError("regional.coverage", "请列明合同覆盖的企业及其职工人数"));
        }
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < coverage.size(); i++) {
            Coverage c = coverage.get(i);
            String field = "regional.coverage[" + i + "]";
            java.util.Optional<Enterprise> e = c == null || c.creditCode() == null ? java.util.Optional.empty()
                    : register.find(c.creditCode().strip());
            if (e.isEmpty()) {
                errors.add(new ProblemException.FieldError(field, "第" + (i + 1) + "家企业未登记于企业名录"));
            } else if (!seen.add(e.get().creditCode())) {
                errors.add(new ProblemException.FieldError(field, "第" + (i + 1) + "家企业重复列明"));
            } else if (c.workers() <= 0 || c.workers() > MOST_WORKERS) {
                errors.add(new ProblemException.FieldError(field, "第" + (i + 1) + "家企业的职工人数应为1至" + MOST_WORKERS + "的整数"));
            } else if (district != null && !district.code().equals(districts.cityCode()) && !districts
                    .ofEnterprise(e.get().district(), e.get().creditCode()).code().equals(district.code())) {
                // a county's regional contract covers the county's enterprises; an industry-wide one of the city, any
                errors.add(new ProblemException.FieldError(field, "第" + (i + 1) + "家企业（" + e.get().name() + "）不在"
                        + district.name() + "，不属于该区域性集体合同的范围"));
            }
        }
        long total = coverage.stream().filter(java.util.Objects::nonNull).mapToLong(Coverage::workers).sum();
        if (errors.isEmpty() && input.workersCovered() != null && input.workersCovered().longValue() != total) {
            errors.add(new ProblemException.FieldError("workersCovered", "覆盖职工人数" + input.workersCovered()
                    + "人与所列企业职工合计" + total + "人不符"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badFields(errors);
        }
        return coverage.stream().map(c -> new Coverage(c.creditCode().strip(), c.workers())).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(org.workright.system.Zones.KUNMING));
    }
}
