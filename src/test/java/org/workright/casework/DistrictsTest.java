package org.workright.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.workright.calendar.StatutoryCalendar;

/** The city's counties as configured (config/districts.yml), and where a case belongs. */
class DistrictsTest {

    private static Districts.Settings settings(boolean issueAtCity) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("districts", new ClassPathResource("config/districts.yml"))
                .forEach(environment.getPropertySources()::addLast);
        Districts.Settings loaded = Binder.get(environment).bind("workright.districts", Districts.Settings.class).get();
        return new Districts.Settings(issueAtCity, loaded.city(), loaded.counties());
    }

    private static Districts districts(boolean issueAtCity) throws Exception {
        return new Districts(settings(issueAtCity), StatutoryCalendar.loadDefault(),
                Clock.fixed(Instant.parse("2026-07-30T02:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void kunmingHasItsFourteenCountiesAndDistricts_eachWithIssuerDepartmentAndWage() throws Exception {
        Districts districts = districts(false);
        assertThat(districts.counties()).hasSize(14)
                .allSatisfy(d -> {
                    assertThat(d.code()).matches("5301\\d{2}");
                    assertThat(d.federation().name()).endsWith("总工会").contains(d.name());
                    assertThat(d.labourDepartment().name()).endsWith("人力资源和社会保障局").contains(d.name());
                    assertThat(d.abbreviation()).hasSize(2).endsWith("工");
                    assertThat(d.monthlyMinimumWage()).isPositive();
                });
        assertThat(districts.counties()).extracting(District::code).doesNotHaveDuplicates();
        assertThat(districts.counties()).extracting(District::abbreviation).doesNotHaveDuplicates()
                .doesNotContain(districts.city().abbreviation());
    }

    @Test
    void anEnterpriseBelongsWhereTheRegisterSays_elseWhereItsCodeWasIssued_elseToTheCity() throws Exception {
        Districts districts = districts(false);
        assertThat(districts.ofEnterprise("石林彝族自治县", "91530111MA6K7XQ34D").name()).isEqualTo("石林彝族自治县");
        assertThat(districts.ofEnterprise(null, "91530111MA6K7XQ34D").name()).isEqualTo("官渡区");
        assertThat(districts.ofEnterprise("", "91110000MA6K7XQ34D")).isEqualTo(districts.city());
        assertThat(districts.ofAddress("云南省昆明市石林彝族自治县鹿阜街道")).extracting(District::code).isEqualTo("530126");
        assertThat(districts.ofAddress("北京市朝阳区")).isEqualTo(districts.city());
        // as people write them: the county shortened with its kind
        assertThat(districts.ofAddress("昆明市石林县鹿阜街道")).extracting(District::name).isEqualTo("石林彝族自治县");
        assertThat(districts.ofAddress("昆明市西山路12号")).isEqualTo(districts.city());
        assertThat(districts.find("官渡")).map(District::code).contains("530111");
        assertThat(districts.find("禄劝县")).map(District::code).contains("530128");
        assertThat(districts.find("安宁")).map(District::code).contains("530181");
        assertThat(districts.ofAddress(null)).isEqualTo(districts.city());
    }

    @Test
    void aCountyIssuesItsOwnCases_unlessTheCityIsConfiguredToIssueThemAll() throws Exception {
        District shilin = districts(false).find("530126").orElseThrow();
        assertThat(districts(false).issuing(shilin).federation().name()).isEqualTo("石林彝族自治县总工会");
        assertThat(districts(true).issuing(shilin).federation().name()).isEqualTo("昆明市总工会");
        assertThat(districts(true).issuing(shilin).labourDepartment().name()).isEqualTo("昆明市人力资源和社会保障局");
    }

    /** 石林's Torch Festival (6 August 2026 in the demo overlay) is a rest day there and nowhere else. */
    @Test
    void aCountysDeadlinesCountItsOwnRestDays() throws Exception {
        Districts districts = districts(false);
        District shilin = districts.find("石林彝族自治县").orElseThrow();
        District guandu = districts.find("官渡区").orElseThrow();
        LocalDate thursday = LocalDate.of(2026, 7, 30);
        assertThat(districts.deadlines(shilin).calendarDaysFrom(thursday, 7)).isEqualTo(LocalDate.of(2026, 8, 7));
        assertThat(districts.deadlines(guandu).calendarDaysFrom(thursday, 7)).isEqualTo(LocalDate.of(2026, 8, 6));
        assertThat(districts.deadlines(shilin).workingDaysFrom(LocalDate.of(2026, 7, 20), 15))
                .isEqualTo(LocalDate.of(2026, 8, 11));
        // the minimum wage an award is measured against is the county's (LDMAL art 47(1))
        assertThat(shilin.monthlyMinimumWage()).isLessThan(guandu.monthlyMinimumWage());
        assertThat(guandu.monthlyMinimumWage()).isEqualByComparingTo(new BigDecimal("1990"));
    }
}
