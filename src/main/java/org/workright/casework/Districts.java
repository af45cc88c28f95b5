package org.workright.casework;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.workright.calendar.StatutoryCalendar;

/**
 * The city and its counties and districts, from configuration ({@code config/districts.yml}): where
 * a case belongs, who issues its letters, and the deadlines it counts. An enterprise belongs where
 * the register says (or, failing that, where its credit code was issued); a person where their
 * address names. What matches no county is the city's.
 */
@Component
public class Districts {

    /**
     * @param issueAtCity the city's federation issues every case's letters (a city that has not
     *                    delegated supervision to its districts)
     */
    @ConfigurationProperties("workright.districts")
    public record Settings(boolean issueAtCity, District city, List<District> counties) {

        public Settings {
            counties = counties == null ? List.of() : List.copyOf(counties);
        }
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @org.springframework.boot.context.properties.EnableConfigurationProperties(Settings.class)
    static class Properties {
    }

    private final Settings settings;
    private final StatutoryCalendar calendar;
    private final java.time.Clock clock;
    private final Map<String, Deadlines> clocks = new ConcurrentHashMap<>();

    public Districts(Settings settings, StatutoryCalendar calendar, java.time.Clock clock) {
        // each issuer numbers its letters under its own abbreviation: two alike would share a series
        List<String> abbreviations = java.util.stream.Stream.concat(java.util.stream.Stream.of(settings.city()),
                settings.counties().stream()).map(District::abbreviation).toList();
        if (abbreviations.stream().anyMatch(a -> a == null || a.isBlank())
                || abbreviations.stream().distinct().count() != abbreviations.size()) {
            throw new IllegalStateException("workright.districts: every district needs its own abbreviation " + abbreviations);
        }
        this.settings = settings;
        this.calendar = calendar;
        this.clock = clock;
    }

    public District city() {
        return settings.city();
    }

    public List<District> counties() {
        return settings.counties();
    }

    /** By name as the register writes it ("石林彝族自治县") or by division code ("530126"). */
    public Optional<District> find(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        String key = nameOrCode.strip();
        return counties().stream().filter(d -> d.name().equals(key) || d.code().equals(key)).findFirst()
                .or(() -> counties().stream().filter(d -> key.matches(java.util.regex.Pattern.quote(d.shortName())
                        + "(县|区|市)?")).findFirst())
                .or(() -> city().name().equals(key) || city().code().equals(key) ? Optional.of(city()) : Optional.empty());
    }

    /** An enterprise's district: the register's entry, else the division in its credit code, else the city. */
    public District ofEnterprise(String registeredDistrict, String creditCode) {
        return find(registeredDistrict)
                .or(() -> creditCode == null || creditCode.length() < 8 ? Optional.empty()
                        : find(creditCode.substring(2, 8)))
                .orElse(city());
    }

    /**
     * A person's district: the first county their address names, in full or shortened with its kind
     * ("石林县", "官渡区"), else the city.
     */
    public District ofAddress(String address) {
        if (address == null) {
            return city();
        }
        return counties().stream().filter(d -> address.contains(d.name())
                        || address.matches(".*" + java.util.regex.Pattern.quote(d.shortName()) + "(县|区|市).*"))
                .findFirst().orElse(city());
    }

    /** Who issues a case of this district: its own federation, or the city's when so configured. */
    public District issuing(District district) {
        return settings.issueAtCity() ? city() : district;
    }

    /** The deadlines a case handled in the district counts: the national calendar plus its local rest days. */
    public Deadlines deadlines(District district) {
        String overlay = district.calendarOverlay();
        if (overlay == null || overlay.isBlank()) {
            return clocks.computeIfAbsent("", k -> new Deadlines(calendar, clock));
        }
        return clocks.computeIfAbsent(overlay, k -> new Deadlines(calendar.withCountyOverlay(k), clock));
    }
}
