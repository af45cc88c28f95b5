package org.workright.contracts;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.workright.casework.Deadlines;
import org.workright.casework.District;
import org.workright.casework.Districts;
import org.workright.letters.Issuer;
import org.workright.people.Roles;

/**
 * Where a filing is reviewed: the labour bureau of the county or district where the enterprise is
 * registered (Kunming Measures on Enterprise Wage Collective Bargaining 2015, art 5), which issues
 * its letters and counts its deadlines with the county's own rest days; the union of the same level
 * is heard. A reviewer or union officer of the city sees every district's filings.
 */
@Component
class ContractDistricts {

    private final Districts districts;

    ContractDistricts(Districts districts) {
        this.districts = districts;
    }

    District of(String districtCode) {
        return districts.find(districtCode).orElseThrow(() -> new IllegalStateException("No district " + districtCode));
    }

    /** A county or district (or the city) by name or code; null when it is none of the city's. */
    District find(String nameOrCode) {
        return districts.find(nameOrCode).orElse(null);
    }

    District ofEnterprise(String registeredDistrict, String creditCode) {
        return districts.ofEnterprise(registeredDistrict, creditCode);
    }

    /** A county's labour bureau numbers its letters under its own short name: 官渡人社集审〔2026〕第0001号. */
    Issuer issuer(String districtCode) {
        District d = of(districtCode);
        return new Issuer(d.labourDepartment().name(), d.shortName() + "人社");
    }

    Deadlines deadlines(String districtCode) {
        return districts.deadlines(of(districtCode));
    }

    String reviewers(String districtCode) {
        return ContractsModule.REVIEWER_ROLE.districtGroup(districtCode);
    }

    String unions(String districtCode) {
        return ContractsModule.UNION_ROLE.districtGroup(districtCode);
    }

    String cityCode() {
        return districts.city().code();
    }

    String cityReviewers() {
        return reviewers(districts.city().code());
    }

    String cityUnions() {
        return unions(districts.city().code());
    }

    /**
     * The districts whose filings the user may see, by their district groups of either role; null
     * for all (administrators, and the city's reviewers and union officers).
     */
    Set<String> visibleTo(Authentication user) {
        if (Roles.any(user, Roles.ADMIN, cityReviewers(), cityUnions())) {
            return null;
        }
        Set<String> codes = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .flatMap(a -> java.util.stream.Stream.of(ContractsModule.REVIEWERS, ContractsModule.UNIONS)
                        .filter(role -> a.startsWith(Roles.authority(role)) && a.length() > Roles.authority(role).length())
                        .map(role -> a.substring(Roles.authority(role).length())))
                .collect(Collectors.toSet());
        return Set.copyOf(codes);
    }

    boolean isReviewerOf(Authentication user, String districtCode) {
        return Roles.any(user, reviewers(districtCode), cityReviewers());
    }
}
