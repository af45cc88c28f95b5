package org.workright.legalaid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The legal-aid rules that are plain arithmetic (the eligibility table itself is DMN):
 * economic hardship against the local standard, the limitation period, and urgent aid.
 */
final class LegalAidRules {

    private final LegalAidProperties properties;

    LegalAidRules(LegalAidProperties properties) {
        this.properties = properties;
    }

    /** At or below the local standard ("以下" includes the bound, Civil Code art 1259). */
    boolean economicHardship(BigDecimal perCapitaIncome) {
        // an organisation has no household income: its aid does not turn on means
        return perCapitaIncome != null && perCapitaIncome.compareTo(properties.hardshipMonthlyIncome()) <= 0;
    }

    /**
     * The limitation the claim runs under. Arbitration (Mediation and Arbitration Law art 27): one
     * year from when the worker knew of the infringement; unpaid wages while still employed have
     * none, after leaving one year from leaving. Other civil claims (Civil Code art 188): three years.
     */
    static Optional<LocalDate> limitationEnds(ClaimType claim, LocalDate knownOn, boolean stillEmployed,
            LocalDate leftOn) {
        return switch (claim.limitation()) {
            case LABOUR_ARBITRATION -> claim != ClaimType.WAGE_ARREARS ? Optional.of(knownOn.plusYears(1))
                    : stillEmployed || leftOn == null ? Optional.empty() : Optional.of(leftOn.plusYears(1));
            case CIVIL -> Optional.of(knownOn.plusYears(3));
            case NONE -> Optional.empty();
        };
    }

    /**
     * The worker's own deadlines still ahead: the limitation and any procedural deadline registered.
     * A 补充材料通知书 never sets a day past one of them, so asking for material cannot cost the claim.
     */
    static Stream<LocalDate> deadlinesAhead(LegalAidCase c, LocalDate today) {
        return Stream.concat(limitationEnds(c.claimType(), c.infringementKnownOn(), c.stillEmployed(),
                c.leftEmploymentOn()).stream(), Stream.ofNullable(c.proceduralDeadline()))
                .filter(day -> !day.isBefore(today));
    }

    /**
     * Urgent aid (先行援助, Legal Aid Law art 44): fewer than the threshold of days left before the
     * limitation period or a procedural deadline, or evidence/assets need preserving now, or advance
     * execution (先予执行) is needed.
     */
    boolean urgent(LegalAidApplication a, LocalDate today) {
        return a.preservation() || a.advanceExecution() || approaching(a.claimType(), limitationEnds(a.claimType(),
                a.infringementKnownOn(), a.employed(), a.leftEmploymentOn()), a.proceduralDeadline(), today).isPresent();
    }

    /**
     * Urgency that time alone brings (LAL art 44) to a case already registered: its limitation or
     * procedural deadline now less than the threshold away, said as the worker's deadline and its day.
     */
    Optional<String> approaching(LegalAidCase c, LocalDate today) {
        return approaching(c.claimType(), limitationEnds(c.claimType(), c.infringementKnownOn(), c.stillEmployed(),
                c.leftEmploymentOn()), c.proceduralDeadline(), today);
    }

    private Optional<String> approaching(ClaimType claim, Optional<LocalDate> limitation, LocalDate procedural,
            LocalDate today) {
        return Stream.concat(limitation.map(day -> new Ahead(claim.limitation().label(), day)).stream(),
                        Stream.ofNullable(procedural).map(day -> new Ahead("申请时登记的程序期限", day)))
                // a deadline already past is not "fewer than 7 days left": that is for the review to judge
                .filter(a -> !a.day().isBefore(today)
                        && ChronoUnit.DAYS.between(today, a.day()) < properties.urgentThresholdDays())
                .min(java.util.Comparator.comparing(Ahead::day))
                .map(a -> "%s将于%d年%d月%d日届满，已不足%d日".formatted(a.what(), a.day().getYear(),
                        a.day().getMonthValue(), a.day().getDayOfMonth(), properties.urgentThresholdDays()));
    }

    private record Ahead(String what, LocalDate day) {
    }
}
