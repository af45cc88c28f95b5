package org.workright.legalaid;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workright.casework.Deadlines;
import org.workright.casework.CaseworkProcess;
import org.workright.casework.InvalidInput;
import org.workright.letters.Letter;
import org.workright.letters.LetterService;
import org.workright.people.CurrentUser;
import org.workright.people.ResidentIdNumber;
import org.workright.system.ProblemException;
import org.workright.casework.CaseNumbers;
import org.workright.enterprises.CreditCode;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Taking in applications: online (public API) or by office staff in Tasklist. Either way the
 * case row and the process start in one transaction, and the worker's personal data stays in
 * the case row. The worker checks progress with the case number and a private access code,
 * stored only as a hash.
 */
@Service
public class LegalAidIntake {

    /** Letters that go to the worker (as the process declares them) and so appear in their status view. */
    private static final Set<String> WORKER_LETTERS = LegalAidModule.LETTERS.entrySet().stream()
            .filter(e -> e.getValue() == CaseworkProcess.Audience.WORKER).map(Map.Entry::getKey)
            .collect(Collectors.toUnmodifiableSet());
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final PasswordEncoder HASH = new BCryptPasswordEncoder();
    private static final String UNKNOWN_CASE_HASH = HASH.encode("no such case");

    private final LegalAidCaseRepository cases;
    private final CaseNumbers caseNumbers;
    private final RuntimeService runtime;
    private final LetterService letters;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final ObjectMapper json;
    private final Clock clock;
    private final LegalAidRules rules;
    private final LegalAidProperties properties;
    private final Deadlines deadlines;
    private final LegalAidDistricts districts;
    private final LawyerRepository lawyers;
    private final SecureRandom random = new SecureRandom();

    LegalAidIntake(LegalAidCaseRepository cases, CaseNumbers caseNumbers, RuntimeService runtime,
            LetterService letters, CurrentUser currentUser, Validator validator, ObjectMapper json, Clock clock,
            LegalAidProperties properties, Deadlines deadlines, LawyerRepository lawyers, LegalAidDistricts districts) {
        this.districts = districts;
        this.lawyers = lawyers;
        this.cases = cases;
        this.caseNumbers = caseNumbers;
        this.runtime = runtime;
        this.letters = letters;
        this.currentUser = currentUser;
        this.validator = validator;
        this.json = json;
        this.clock = clock;
        this.rules = new LegalAidRules(properties);
        this.properties = properties;
        this.deadlines = deadlines;
    }

    /** What the worker keeps: the receipt (受理回执) shows the case number, code, day and the office. */
    public record Submission(String caseNo, String accessCode, String status, String statusLabel,
            OffsetDateTime submittedAt, LegalAidProperties.Office office) {
    }

    /** {@code id} opens the letter through {@link #workerLetter}, again with the access code. */
    public record LetterSummary(long id, String number, String title, OffsetDateTime issuedAt) {
    }

    /**
     * What the worker sees of their case (LAL art 46: kept informed). {@code decisionDue} says when the
     * decision is due while it is awaited; {@code stages} are the stages the lawyer recorded, with
     * their dates but without the lawyer's notes.
     */
    public record StatusView(String caseNo, String status, String statusLabel, String claimType,
            OffsetDateTime submittedAt, String decisionDue, String lawyer, List<StageSummary> stages,
            List<LetterSummary> letters, LegalAidProperties.Office office) {
    }

    /** A stage of the dispute, as the worker sees it. */
    public record StageSummary(String stage, LocalDate occurredOn) {
    }

    @Transactional
    public Submission submit(LegalAidApplication application) {
        return submit(application, null);
    }

    /**
     * Online application: validated by the controller, registered and started here. The optional
     * submission key (random, per filled-in form) turns a double click into a 409 instead of a
     * second case, without matching on who applied.
     */
    @Transactional
    public Submission submit(LegalAidApplication application, String submissionKey) {
        if (submissionKey != null) {
            cases.findBySubmissionKey(submissionKey).ifPresent(existing -> {
                throw ProblemException.conflict("该申请已经提交（案件编号" + existing + "），请勿重复提交");
            });
        }
        String accessCode = newAccessCode();
        LegalAidCase created = create(application, "ONLINE", accessCode);
        if (submissionKey != null) {
            cases.recordSubmissionKey(created.caseNo(), submissionKey);
        }
        runtime.createMessageCorrelation(LegalAidProcess.MESSAGE_SUBMITTED)
                .processInstanceBusinessKey(created.caseNo())
                .setVariables(processVariables(created))
                .correlateStartMessage();
        // urgent aid is granted while the process starts: report the status it reached
        CaseStatus status = cases.find(created.caseNo()).orElseThrow().status();
        return new Submission(created.caseNo(), accessCode, status.name(), status.label(), created.createdAt(),
                properties.office());
    }

    /**
     * Application taken by office staff with the start form: the form's raw fields become the case
     * row and the returned process variables. The access code is not shown here: staff issue one
     * on request ({@link #resetAccessCode}).
     */
    @Transactional
    Map<String, Object> registerFromForm(Map<String, Object> formFields, String channel) {
        Map<String, Object> fields = new HashMap<>();
        // a form sends "" for a field left empty; that means "not given", as in the JSON API
        formFields.forEach((k, v) -> fields.put(k, v instanceof String s && s.isBlank() ? null : v));
        LegalAidApplication application;
        try {
            application = json.convertValue(fields, LegalAidApplication.class);
        } catch (IllegalArgumentException e) {
            // Jackson's message names our types; the user is told which field, in the form's words
            String field = e.getCause() instanceof JsonMappingException mapping
                    && !mapping.getPath().isEmpty() ? mapping.getPath().get(0).getFieldName() : null;
            throw InvalidInput.of(field == null ? "申请信息格式有误" : "“" + field + "”格式有误");
        }
        Set<ConstraintViolation<LegalAidApplication>> violations = validator.validate(application);
        if (!violations.isEmpty()) {
            throw InvalidInput.of("申请信息有误：" + violations.stream()
                    .map(v -> v.getPropertyPath() + "：" + v.getMessage()).sorted().collect(Collectors.joining("；")));
        }
        String accessCode = newAccessCode();
        Map<String, Object> variables = processVariables(create(application, channel, accessCode));
        variables.put(LegalAidProcess.Var.ACCESS_CODE, accessCode);
        return variables;
    }

    private LegalAidCase create(LegalAidApplication a, String channel, String accessCode) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String caseNo = caseNumbers.next(LegalAidModule.DECLARATION);
        ApplicantKind kind = a.kind();
        // an organisation has no household, migrant status or employment: those stay empty
        LegalAidCase c = new LegalAidCase(caseNo, channel, CaseStatus.APPLIED, kind, a.applicantName().strip(),
                kind.organisation() ? CreditCode.normalize(a.idNumber()) : ResidentIdNumber.normalize(a.idNumber()),
                a.phone(), a.address(), kind.organisation() ? a.contactPerson().strip() : null,
                !kind.organisation() && a.migrant(), kind.organisation() ? MeansTestExemption.NONE : a.exemption(),
                kind.organisation() ? null : a.perCapitaIncome(), a.employerName().strip(),
                a.employerCreditCode(), a.claimType(), a.claimAmount(), a.facts().strip(), a.infringementKnownOn(),
                !kind.organisation() && a.employed(), kind.organisation() ? null : a.leftEmploymentOn(), a.proceduralDeadline(), a.preservation(), a.advanceExecution(),
                rules.urgent(a, deadlines.today()), DisputeStage.NONE, null, null, null, null, null, null, null, null,
                null, null, null, null, null, now, currentUser.id());
        cases.insert(c, HASH.encode(accessCode));
        return c;
    }

    /** The case variables, as recorded; see {@link LegalAidCaseStart}. */
    Map<String, Object> variablesOf(String caseNo) {
        return processVariables(cases.find(caseNo).orElseThrow());
    }

    private Map<String, Object> processVariables(LegalAidCase c) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(LegalAidProcess.Var.CASE_NO, c.caseNo());
        vars.put(LegalAidProcess.Var.CASE_SUMMARY, c.summary());
        vars.put(LegalAidProcess.Var.CLAIM_TYPE, c.claimType().name());
        vars.put(LegalAidProcess.Var.MIGRANT_WORKER, c.migrantWorker());
        // the completeness check asks for the proof of an exemption claimed, and only then
        vars.put(LegalAidProcess.Var.MEANS_TEST_EXEMPTION, c.meansTestExemption().name());
        vars.put(LegalAidProcess.Var.ECONOMIC_HARDSHIP, rules.economicHardship(c.perCapitaIncome()));
        vars.put(LegalAidProcess.Var.URGENT, c.urgent());
        vars.put(LegalAidProcess.Var.CASE_FACTS, c.facts());
        vars.put(LegalAidProcess.Var.CASE_PROFILE, c.profile(properties.hardshipMonthlyIncome()));
        return vars;
    }

    /** The worker's status check. Unknown case and wrong code get the same answer, so numbers cannot be probed. */
    public StatusView status(String typedCaseNo, String accessCode) {
        LegalAidCase c = authorised(typedCaseNo, accessCode);
        String caseNo = c.caseNo();
        List<LetterSummary> sent = workerLetters(caseNo)
                .map((Letter l) -> new LetterSummary(l.id(), l.number(), l.title(), l.issuedAt()))
                .toList();
        String lawyer = c.lawyerId() == null ? null : lawyers.contact(c.lawyerId()).describe();
        List<StageSummary> stages = cases.stages(caseNo).stream()
                .map(s -> new StageSummary(s.stage().label(), s.occurredOn())).toList();
        return new StatusView(c.caseNo(), c.status().name(), c.status().label(), c.claimType().label(), c.createdAt(),
                decisionDue(c), lawyer, stages, sent, properties.office());
    }

    /** While the decision is awaited: its day (LAL art 43), or that the clock stands still meanwhile. */
    private String decisionDue(LegalAidCase c) {
        if (c.status() != CaseStatus.APPLIED && c.status() != CaseStatus.UNDER_REVIEW
                && c.status() != CaseStatus.AWAITING_SUPPLEMENT) {
            return null;
        }
        DecisionClock clock = cases.decisionClock(c.caseNo());
        return clock.paused() ? "补充材料期间，作出决定的期限暂停计算，收到补充材料后继续计算"
                : "本中心将于" + clock.due(districts.deadlines(c), properties.decisionDays()).text() + "前作出是否给予法律援助的决定";
    }

    /** One letter sent to the worker, opened with the same case number and access code as the status. */
    public Letter workerLetter(String typedCaseNo, String accessCode, long letterId) {
        String caseNo = authorised(typedCaseNo, accessCode).caseNo();
        return workerLetters(caseNo).filter(l -> l.id() == letterId).findFirst()
                .orElseThrow(() -> new ProblemException(org.springframework.http.HttpStatus.NOT_FOUND,
                        "未找到该文书", "本案没有向你出具该文书", "letterId"));
    }

    private LegalAidCase authorised(String typedCaseNo, String accessCode) {
        // as a worker types it off the receipt: any letter case, spaces anywhere
        String caseNo = typedCaseNo == null ? "" : typedCaseNo.replaceAll("\\s+", "").toUpperCase();
        Optional<String> hash = cases.accessCodeHash(caseNo);
        // an unknown case costs the same hash check, so response times do not reveal which numbers exist
        boolean matches = HASH.matches(accessCode == null ? "" : accessCode.strip().toUpperCase(),
                hash.orElse(UNKNOWN_CASE_HASH));
        if (hash.isEmpty() || !matches) {
            throw new ProblemException(org.springframework.http.HttpStatus.NOT_FOUND, "案件编号或查询码不正确",
                    "案件编号或查询码不正确", "accessCode");
        }
        return cases.find(caseNo).orElseThrow();
    }

    private Stream<Letter> workerLetters(String caseNo) {
        return letters.lettersOf(caseNo).stream().filter(l -> WORKER_LETTERS.contains(l.kind()));
    }

    /** Office staff give the worker a new access code (e.g. for an application taken by phone). */
    @Transactional
    public String resetAccessCode(String caseNo) {
        cases.find(caseNo).orElseThrow(() -> ProblemException.notFound("未找到该案件"));
        String code = newAccessCode();
        cases.updateAccessCodeHash(caseNo, HASH.encode(code));
        return code;
    }

    private String newAccessCode() {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
