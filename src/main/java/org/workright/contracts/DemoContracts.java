package org.workright.contracts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.workright.contracts.ContractDraft.Negotiator;
import org.workright.contracts.ContractDraft.Side;
import org.workright.contracts.ContractProcess.Activity;
import org.workright.contracts.ContractRepository.Coverage;
import org.workright.enterprises.Enterprise;
import org.workright.enterprises.Enterprise.UnionStatus;
import org.workright.enterprises.EnterpriseRegister;
import org.workright.people.Roles;
import org.workright.system.Zones;

/**
 * Demo filings across districts and kinds, one in each state a filing can be in, so the figures,
 * the reviewers' and unions' work and the enterprises' files can be seen after the first start:
 * 官渡 in force and one awaiting its documents, 盘龙 under review, 五华 objected and a regional
 * sanitation contract in force, 西山 awaiting publication, 呈贡 expired (filed a year ago: the
 * engine's clock is set back while it is filed). Filed through the same services and forms as real
 * filings, once (the register's first demo enterprise tells).
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "workright.demo.enabled", havingValue = "true")
class DemoContracts implements ApplicationRunner {

    static final String SANITATION_A = "91530102MA6W1H2K55";
    static final String SANITATION_B = "91530102MA6W3J4L2Y";
    static final String XISHAN = "91530112MA6X5K6M8N";
    static final String CHENGGONG = "91530114MA6Y7L8N3R";
    /** 昆明示例城市服务集团有限公司, a demo enterprise of the register. */
    static final String CITY_SERVICES = "91530102216530182R";

    private final ContractIntake intake;
    private final ContractRepository contracts;
    private final EnterpriseRegister register;
    private final IdentityService identity;
    private final TaskService tasks;
    private final FormService forms;
    private final RepositoryService repository;
    private final Clock clock;
    private final boolean enabled;

    DemoContracts(ContractIntake intake, ContractRepository contracts, EnterpriseRegister register,
            IdentityService identity, TaskService tasks, FormService forms, RepositoryService repository, Clock clock,
            @Value("${workright.demo.contracts:true}") boolean enabled) {
        this.intake = intake;
        this.contracts = contracts;
        this.register = register;
        this.identity = identity;
        this.tasks = tasks;
        this.forms = forms;
        this.repository = repository;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled && contracts.findByEnterprise(SANITATION_A).isEmpty()) {
            seed();
        }
    }

    /** Every demo filing; the tests call it on a register that has none. */
    void seed() {
        LocalDate today = LocalDate.now(clock.withZone(Zones.KUNMING));
        add(new Enterprise(CHENGGONG, "昆明示例物流有限公司", "昆明市呈贡区示例路7号", "邓超", "呈贡区", "交通运输", false, 90,
                UnionStatus.PREPARING));
        register.addRepresentative("enterpriseC", XISHAN);
        register.addRepresentative("enterpriseD", CHENGGONG);
        register.addRepresentative("enterpriseE", CITY_SERVICES);

        // 官渡: a wage contract approved and published (enterpriseA); 盘龙: under review (enterpriseB)
        String machinery = file("enterpriseA", contract(Contract.Kind.WAGES, today.minusDays(3), today.minusDays(2), 320));
        decide(machinery, false, null);
        publish(machinery, today);
        file("enterpriseB", contract(Contract.Kind.COMPREHENSIVE, today.minusDays(2), today.plusDays(5), 150));
        // 五华: a women workers' contract the bureau objected to
        String women = file("enterpriseE", contract(Contract.Kind.WOMEN, today.minusDays(4), today.minusDays(3), 1200));
        decide(women, true, "第五条未约定女职工孕期、产期、哺乳期的特殊保护措施，请补充后重新报送。");
        // 五华: the sanitation workers' regional wage contract, covering three enterprises
        String sanitation = intake.file(contract(Contract.Kind.WAGES, today.minusDays(5), today.minusDays(4), 1800),
                new ContractIntake.RegionalParties("五华区环卫行业工资集体合同", "五华区环卫行业企业代表", "昆明市五华区示例路3号",
                        "五华区环卫行业工会联合会", "昆明市五华区示例路2号", "五华区",
                        List.of(new Coverage(CITY_SERVICES, 1200), new Coverage(SANITATION_A, 420),
                                new Coverage(SANITATION_B, 180))),
                ContractDocumentsForDemo.documents(), user("union2"));
        decide(sanitation, false, null);
        publish(sanitation, today);
        // 西山: a safety contract in effect, not yet published
        String xishan = file("enterpriseC", contract(Contract.Kind.SAFETY, today.minusDays(1), today, 260));
        decide(xishan, false, null);
        // 呈贡: filed late a year ago and in effect since, its term now over: the timers expire it
        Date now = ClockUtil.getCurrentTime();
        LocalDate then = today.minusYears(1).minusDays(20);
        ClockUtil.setCurrentTime(Date.from(then.atTime(10, 0).atZone(Zones.KUNMING).toInstant()));
        try {
            String late = file("enterpriseD", new FilingInput(Contract.Kind.COMPREHENSIVE, then.minusDays(12),
                    then.minusDays(5), then.minusDays(5).plusYears(1).minusDays(1), 90, negotiators(), true,
                    Filing.ChiefCapacity.LEGAL_REPRESENTATIVE, new ContractDraft.Vote(60, 50, 40, then.minusDays(14)),
                    new BigDecimal("2100"), new BigDecimal("40"), "未约定"));
            decide(late, false, "逾期报送，已予记录。");
            publish(late, then);
        } finally {
            // the engine's clock as it was: pinned by a test, or the real one
            if (Math.abs(now.getTime() - System.currentTimeMillis()) < 5_000) {
                ClockUtil.reset();
            } else {
                ClockUtil.setCurrentTime(now);
            }
        }
        // 官渡: filed in Tasklist, waiting for its text and scan
        fileInTasklist("enterpriseA", today.minusDays(1));
    }

    private void add(Enterprise e) {
        if (register.find(e.creditCode()).isEmpty()) {
            register.register(e);
        }
    }

    private String file(String user, FilingInput contract) {
        return intake.file(contract, null, ContractDocumentsForDemo.documents(), user(user));
    }

    private void decide(String caseNo, boolean objects, String opinion) {
        tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(Activity.UNION_OPINION).list()
                .forEach(t -> tasks.complete(t.getId(), Map.of("unionOpinion", "协商程序规范，同意报送。")));
        String review = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(Activity.REVIEW)
                .singleResult().getId();
        Map<String, Object> decision = new HashMap<>();
        decision.put("objects", objects);
        decision.put("opinion", opinion);
        tasks.complete(review, decision);
    }

    private void publish(String caseNo, LocalDate on) {
        String task = tasks.createTaskQuery().processInstanceBusinessKey(caseNo)
                .taskDefinitionKey(Activity.CONFIRM_PUBLICATION).singleResult().getId();
        tasks.complete(task, Map.of("publishedOn", on.toString(), "publicationNote", "在厂务公开栏和职工代表大会上公布全文"));
    }

    private void fileInTasklist(String user, LocalDate signedOn) {
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey(ContractProcess.KEY)
                .latestVersion().singleResult().getId();
        identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList());
        try {
            Map<String, Object> form = new HashMap<>();
            form.put("kind", "SAFETY");
            form.put("signedOn", signedOn.toString());
            form.put("startsOn", signedOn.plusDays(2).toString());
            form.put("endsOn", signedOn.plusDays(2).plusYears(2).minusDays(1).toString());
            form.put("workersCovered", 320L);
            form.put("negotiators", String.join("\n", negotiators().stream().map(n -> n.name() + " " + n.idNumber() + " "
                    + n.side().label() + (n.chief() ? " 首席" : "")).toList()));
            form.put("workersChiefIsUnionChair", true);
            form.put("employerChiefCapacity", "LEGAL_REPRESENTATIVE");
            form.put("voteTotal", 80L);
            form.put("votePresent", 70L);
            form.put("voteInFavour", 66L);
            form.put("voteHeldOn", signedOn.minusDays(1).toString());
            form.put("lowestMonthlyWage", 2300.0);
            form.put("weeklyHours", 40.0);
            form.put("wageIncrease", "未约定");
            forms.submitStartForm(definition, form);
        } finally {
            identity.clearAuthentication();
        }
    }

    private static FilingInput contract(Contract.Kind kind, LocalDate signedOn, LocalDate startsOn, int workers) {
        return new FilingInput(kind, signedOn, startsOn, startsOn.plusYears(3).minusDays(1), workers, negotiators(), true,
                Filing.ChiefCapacity.LEGAL_REPRESENTATIVE, new ContractDraft.Vote(100, 80, 72, signedOn.minusDays(2)),
                new BigDecimal("2400"), new BigDecimal("40"), kind == Contract.Kind.WAGES ? "职工年平均工资增长不低于5%" : "未约定");
    }

    /** Demo people with made-up identity numbers (well-formed, with their check character). */
    private static List<Negotiator> negotiators() {
        return List.of(new Negotiator("张明", id("53010219800101001"), Side.WORKERS, true, false),
                new Negotiator("李华", id("53010219850202002"), Side.WORKERS, false, false),
                new Negotiator("王芳", id("53010219900303003"), Side.WORKERS, false, false),
                new Negotiator("赵强", id("53010219750404004"), Side.EMPLOYER, true, false),
                new Negotiator("钱伟", id("53010219820505005"), Side.EMPLOYER, false, false),
                new Negotiator("孙丽", id("53010219880606006"), Side.EMPLOYER, false, false));
    }

    private static String id(String seventeen) {
        return seventeen + org.workright.people.ResidentIdNumber.checkCharacter(seventeen);
    }

    private Authentication user(String id) {
        return UsernamePasswordAuthenticationToken.authenticated(id, null, identity.createGroupQuery().groupMember(id)
                .list().stream().map(g -> new SimpleGrantedAuthority(Roles.authority(g.getId()))).toList());
    }
}
