package org.workright.democracy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.workright.casework.CaseNumbers;
import org.workright.casework.Deadlines;
import org.workright.casework.District;
import org.workright.democracy.DemocracyCheck.Status;
import org.workright.enterprises.Enterprise;
import org.workright.enterprises.EnterpriseRegister;
import org.workright.system.ProblemException;
import org.workright.system.Zones;

/**
 * Starting checks: the yearly round for every unionised enterprise of the register, in batches of
 * their own transactions, and an inspector's check of one enterprise at any time. Checks of a year
 * are created only under the year's round lock, and each enterprise has at most one a year (unique
 * key): a second scheduler, a second node or a repeated run finds nothing left to start.
 */
@Service
public class DemocracyChecks {

    private static final Logger log = LoggerFactory.getLogger(DemocracyChecks.class);

    private final DemocracyRepository checks;
    private final EnterpriseRegister register;
    private final DemocracyDistricts districts;
    private final CaseNumbers caseNumbers;
    private final RuntimeService runtime;
    private final DemocracySettings settings;
    private final TransactionTemplate batch;
    private final Clock clock;

    DemocracyChecks(DemocracyRepository checks, EnterpriseRegister register, DemocracyDistricts districts,
            CaseNumbers caseNumbers, RuntimeService runtime, DemocracySettings settings,
            PlatformTransactionManager transactions, Clock clock) {
        this.checks = checks;
        this.register = register;
        this.districts = districts;
        this.caseNumbers = caseNumbers;
        this.runtime = runtime;
        this.settings = settings;
        this.batch = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * The scheduler's tick on every node: from the first day of the round's month, whatever of this
     * year's round is not started yet (all of it on the first tick; later, enterprises unionised since).
     */
    @Scheduled(cron = "${workright.democracy.round.cron}", zone = "Asia/Shanghai")
    void tick() {
        LocalDate today = LocalDate.now(clock.withZone(Zones.KUNMING));
        if (settings.round().enabled() && today.getMonthValue() >= settings.round().month()) {
            int started = startRound(today.getYear());
            if (started > 0) {
                log.info("Workplace-democracy round {}: {} checks started", today.getYear(), started);
            }
        }
    }

    /** Starts the year's check of every unionised enterprise that has none; returns how many were started. */
    public int startRound(int year) {
        int started = 0;
        String after = "";
        while (true) {
            String from = after;
            List<String> batchStarted = batch.execute(status -> startBatch(year, from));
            if (batchStarted.isEmpty()) {
                return started;
            }
            started += batchStarted.size();
            after = batchStarted.get(batchStarted.size() - 1);
        }
    }

    /** One transaction: under the round lock, the next enterprises without a check get one; their credit codes. */
    private List<String> startBatch(int year, String after) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        checks.lockRound(year, now);
        List<Enterprise> page = register.unionisedAfter(after, settings.round().batchSize(),
                DemocracyRepository.CHECKED_IN_YEAR, year);
        for (Enterprise enterprise : page) {
            String caseNo = create(enterprise, year, null, now);
            runtime.createMessageCorrelation(DemocracyProcess.MESSAGE_DUE).processInstanceBusinessKey(caseNo)
                    .correlateStartMessage();
        }
        checks.countStarted(year, page.size());
        return page.stream().map(Enterprise::creditCode).toList();
    }

    /** An inspector's check of one enterprise (REST); returns its case number. */
    @Transactional
    public String startOne(String creditCode, int year, String inspector) {
        String caseNo = register(creditCode, year, inspector);
        runtime.createMessageCorrelation(DemocracyProcess.MESSAGE_DUE).processInstanceBusinessKey(caseNo)
                .correlateStartMessage();
        return caseNo;
    }

    /** An inspector checks this year or last; else an error on the field that holds the year. */
    void requireCheckableYear(int year, String field) {
        int thisYear = LocalDate.now(clock.withZone(Zones.KUNMING)).getYear();
        if (year < thisYear - 1 || year > thisYear) {
            throw ProblemException.badField(field, "检查年度应为" + (thisYear - 1) + "年或" + thisYear + "年");
        }
    }

    /** Records an inspector's check (Tasklist's start form, then {@link #startOne}); returns its case number. */
    @Transactional
    String register(String creditCode, int year, String inspector) {
        requireCheckableYear(year, DemocracyProcess.Var.CHECK_YEAR);
        Enterprise enterprise = register.find(creditCode == null ? null : creditCode.strip())
                .orElseThrow(() -> ProblemException.badField("creditCode", "企业未登记于企业名录：" + creditCode + "。请先在企业名录中登记该企业"));
        if (enterprise.unionStatus() != Enterprise.UnionStatus.ESTABLISHED) {
            throw ProblemException.badField("creditCode", enterprise.name() + "尚未建立工会，不在职代会和厂务公开检查范围内");
        }
        if (!districts.mayStart(inspector, districts.ofEnterprise(enterprise.district(), enterprise.creditCode()).code())) {
            throw ProblemException.forbidden("该企业不在你所在工会的检查范围内");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        checks.lockRound(year, now);
        if (checks.hasCheck(enterprise.creditCode(), year)) {
            throw ProblemException.conflict(enterprise.name() + year + "年度的职代会和厂务公开检查已经开始，同一企业每年只检查一次");
        }
        return create(enterprise, year, inspector, now);
    }

    private String create(Enterprise enterprise, int year, String startedBy, OffsetDateTime now) {
        District district = districts.ofEnterprise(enterprise.district(), enterprise.creditCode());
        Deadlines deadlines = districts.deadlines(district.code());
        LocalDate submissionDue = deadlines.calendarDaysFrom(deadlines.today(), settings.periods().reportDays());
        LocalDate finalDue = deadlines.calendarDaysFrom(submissionDue, settings.periods().graceDays());
        String caseNo = caseNumbers.next(DemocracyModule.DECLARATION);
        checks.insert(new DemocracyCheck(caseNo, enterprise.creditCode(), year, enterprise.name(), enterprise.address(),
                district.code(), enterprise.stateOwned(), Status.AWAITING_REPORT, startedBy, submissionDue, finalDue,
                null, null, false, null, null, null, null, null, null, null, null, null, now));
        return caseNo;
    }
}
