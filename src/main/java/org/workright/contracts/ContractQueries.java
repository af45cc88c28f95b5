package org.workright.contracts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.workright.contracts.ContractDraft.Negotiator;
import org.workright.enterprises.Enterprise;
import org.workright.enterprises.EnterpriseFileSection;
import org.workright.enterprises.EnterpriseRegister;
import org.workright.letters.CaseAccess;
import org.workright.letters.Letter;
import org.workright.letters.LetterLink;
import org.workright.people.Roles;
import org.workright.system.Zones;

/**
 * Who may see a filing: the party that filed it (the enterprise's representatives, or for a
 * regional contract the union of its district), the enterprises a regional contract covers (read
 * only), the reviewers and union officers of its district, those of the city, administrators.
 * Anyone else is told it does not exist. Negotiators' identity numbers are shown to nobody.
 */
@Service
class ContractQueries implements CaseAccess, EnterpriseFileSection {

    private final ContractRepository contracts;
    private final ContractDistricts districts;
    private final EnterpriseRegister register;
    private final org.workright.letters.LetterService letters;
    private final ContractPeriods periods;
    private final Clock clock;

    ContractQueries(ContractRepository contracts, ContractDistricts districts, EnterpriseRegister register,
            org.workright.letters.LetterService letters, ContractPeriods periods, Clock clock) {
        this.letters = letters;
        this.periods = periods;
        this.contracts = contracts;
        this.districts = districts;
        this.register = register;
        this.clock = clock;
    }

    /** A negotiator as shown: no identity number. */
    record NegotiatorView(String name, String side, boolean chief, boolean outsider) {
        static NegotiatorView of(Negotiator n) {
            return new NegotiatorView(n.name(), n.side().label(), n.chief(), n.outsider());
        }
    }

    record DocumentView(long id, int version, String purpose, String fileName, String contentType, int sizeBytes,
            String sha256, LocalDate uploadedOn) {
        static DocumentView of(ContractDocument d) {
            return new DocumentView(d.id(), d.version(), d.purpose().label(), d.fileName(), d.contentType(),
                    d.sizeBytes(), d.sha256(), d.uploadedAt().atZoneSameInstant(Zones.KUNMING).toLocalDate());
        }
    }

    /** One filing as shown; the union's opinion and the pre-check go to staff only. */
    record FilingView(int version, String reason, LocalDate filedOn, LocalDate signedOn, LocalDate startsOn,
            LocalDate endsOn, int workersCovered, String lowestMonthlyWage, String weeklyHours, String wageIncrease,
            int voteTotal, int votePresent, int voteInFavour, LocalDate voteHeldOn, String employerChief,
            boolean lateFiling, LocalDate lastFilingDay, LocalDate receivedOn, LocalDate reviewDue,
            String unionOpinion, String precheck, String outcome, String opinion, LocalDate decidedOn,
            List<NegotiatorView> negotiators) {
    }

    record CoverageView(String creditCode, String enterprise, int workers) {
    }

    record Summary(String caseNo, String title, String kind, String scope, String employerParty, String unionParty,
            String district, String status, String statusLabel, int version, LocalDate startsOn, LocalDate endsOn,
            LocalDate effectiveOn, boolean valid, LocalDate publicationDue, LocalDate publishedOn,
            boolean publicationMissed, LocalDate renewalRemindedOn, String renewalIntent, String renewalNote) {
    }

    /**
     * @param party    whether the viewer filed it (may upload documents while it awaits them)
     * @param staff    whether the viewer is on the staff (sees the union's opinion and the pre-check)
     * @param documentMaxBytes the largest document an upload may be
     */
    record Detail(Summary summary, List<FilingView> filings, List<DocumentView> documents,
            List<CoverageView> coverage, List<LetterLink> letters, boolean party, boolean staff, int documentMaxBytes) {
    }

    /** The filings the user may see, newest first. */
    List<Summary> list(Authentication user) {
        return visible(user).stream().map(this::summary).toList();
    }

    private List<Contract> visible(Authentication user) {
        if (Roles.any(user, Roles.ENTERPRISE)) {
            return register.enterpriseOf(user.getName()).map(contracts::findByEnterprise).orElse(List.of());
        }
        if (!isStaff(user)) {
            return List.of();
        }
        return contracts.inDistricts(districts.visibleTo(user));
    }

    Optional<Detail> detail(String caseNo, Authentication user) {
        return contracts.find(caseNo).filter(c -> mayRead(c, user)).map(c -> {
            boolean staff = isStaff(user);
            List<FilingView> filings = contracts.filings(caseNo).stream().map(f -> new FilingView(f.version(),
                    f.reason().label(), f.filedOn(), f.signedOn(), f.startsOn(), f.endsOn(), f.workersCovered(),
                    f.lowestWage().toPlainString(), f.weeklyHours().stripTrailingZeros().toPlainString(),
                    f.wageIncrease(), f.vote().total(), f.vote().present(), f.vote().inFavour(), f.vote().heldOn(),
                    f.employerChief().label(), f.lateFiling(), f.lastFilingDay(), f.receivedOn(), f.reviewDue(),
                    staff ? f.unionOpinion() : null, staff ? f.precheck() : null,
                    f.outcome() == null ? null : f.outcome().label(), f.opinion(), f.decidedOn(),
                    contracts.negotiators(caseNo, f.version()).stream().map(NegotiatorView::of).toList())).toList();
            List<CoverageView> coverage = contracts.coverage(caseNo).stream().map(v -> new CoverageView(v.creditCode(),
                    register.find(v.creditCode()).map(Enterprise::name).orElse(v.creditCode()), v.workers())).toList();
            List<LetterLink> links = letters.lettersOf(caseNo).stream().filter(l -> staff || servedOnEnterprise(l))
                    .map(l -> LetterLink.of(l, staff)).toList();
            return new Detail(summary(c), filings, contracts.documents(caseNo).stream().map(DocumentView::of).toList(),
                    coverage, links, isParty(c, user), staff, periods.documentMaxBytes());
        });
    }

    /** A document's metadata, for whoever may see its filing. */
    Optional<ContractDocument> document(long id, Authentication user) {
        return contracts.document(id).filter(d -> contracts.find(d.caseNo()).filter(c -> mayRead(c, user)).isPresent());
    }

    byte[] content(long id) {
        return contracts.content(id);
    }

    boolean mayRead(Contract c, Authentication user) {
        if (Roles.any(user, Roles.ENTERPRISE)) {
            Optional<String> own = register.enterpriseOf(user.getName());
            return own.isPresent() && (own.get().equals(c.creditCode())
                    || c.regional() && contracts.coverage(c.caseNo()).stream().anyMatch(v -> v.creditCode().equals(own.get())));
        }
        if (!isStaff(user)) {
            return false;
        }
        Set<String> seen = districts.visibleTo(user);
        return seen == null || seen.contains(c.districtCode());
    }

    boolean isParty(Contract c, Authentication user) {
        return c.regional() ? Roles.any(user, districts.unions(c.districtCode()), districts.cityUnions())
                : Roles.any(user, Roles.ENTERPRISE) && register.enterpriseOf(user.getName())
                        .filter(own -> own.equals(c.creditCode())).isPresent();
    }

    /** Reviewers, union officers and administrators; district by district, as {@link ContractDistricts#visibleTo}. */
    static boolean isStaff(Authentication user) {
        return Roles.any(user, ContractsModule.REVIEWERS, ContractsModule.UNIONS, Roles.ADMIN);
    }

    Summary summary(Contract c) {
        return new Summary(c.caseNo(), c.title(), c.kind().label(), c.scope().label(), c.employerParty(), c.unionParty(),
                districts.of(c.districtCode()).name(), c.status().name(), c.status().label(), c.version(), c.startsOn(),
                c.endsOn(), c.effectiveOn(), c.validOn(today()), c.publicationDue(), c.publishedOn(),
                c.publicationMissed(), c.renewalRemindedOn(), c.renewalIntent() == null ? null : c.renewalIntent().label(),
                c.renewalNote());
    }

    @Override
    public boolean owns(String caseRef) {
        return ContractsModule.DECLARATION.owns(caseRef);
    }

    @Override
    public boolean canRead(String caseRef, Authentication user) {
        return contracts.find(caseRef).filter(c -> mayRead(c, user)).isPresent();
    }

    @Override
    public String title() {
        return "集体合同（报送审查、生效、公布）";
    }

    /** Its own contracts, and the regional ones that cover it; a missed publication is a finding. */
    @Override
    public List<Entry> entries(Enterprise enterprise) {
        return contracts.findByEnterprise(enterprise.creditCode()).stream()
                .map(c -> new Entry(c.caseNo(), c.status().label() + (c.publicationMissed() ? "；未按期向职工公布" : "")
                        + (c.validOn(today()) ? "；有效" : ""),
                        c.title() + "（" + (c.regional() ? "覆盖本企业的行业性、区域性合同" : "第" + c.version() + "版") + "）",
                        c.createdAt().atZoneSameInstant(Zones.KUNMING).toLocalDate(), page(c.caseNo())))
                .toList();
    }

    /** Every letter of its own filings; of a regional contract that covers it, the notice that it took effect. */
    @Override
    public boolean servedOnEnterprise(Letter letter) {
        return contracts.find(letter.caseRef())
                .map(c -> !c.regional() || letter.kind().equals(ContractsModule.EFFECTIVE)).orElse(false);
    }

    /** In an enterprise's file, staff see the cases of their districts, as on the case's own page. */
    @Override
    public boolean shows(String caseRef, Authentication staff) {
        return canRead(caseRef, staff);
    }

    @Override
    public boolean visibleToEnterprise() {
        return true;
    }

    /** The filing's own page, for its party and staff alike: versions, documents, uploads, letters. */
    static String page(String caseNo) {
        return "/workspace/contract.html?case=" + caseNo;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Zones.KUNMING);
    }
}
