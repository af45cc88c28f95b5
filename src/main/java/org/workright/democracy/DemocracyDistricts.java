package org.workright.democracy;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.workright.casework.Deadlines;
import org.workright.casework.District;
import org.workright.casework.Districts;
import org.workright.letters.Issuer;
import org.workright.people.Roles;

/**
 * Where a check is done: by the federation of the county or district where the enterprise is
 * registered (Trade Union Law art 11: the local federations lead the unions of their area), which
 * issues its letters and counts its deadlines with the county's own rest days. An officer of the
 * city's federation sees every district's checks.
 */
@Component
class DemocracyDistricts {

    private final Districts districts;
    private final IdentityService identity;

    DemocracyDistricts(Districts districts, IdentityService identity) {
        this.districts = districts;
        this.identity = identity;
    }

    District of(String districtCode) {
        return districts.find(districtCode).orElseThrow(() -> new IllegalStateException("No district " + districtCode));
    }

    District ofEnterprise(String registeredDistrict, String creditCode) {
        return districts.ofEnterprise(registeredDistrict, creditCode);
    }

    /** The county's federation heads and numbers the letters: 官工民整〔2027〕第0001号. */
    Issuer issuer(String districtCode) {
        District issuing = districts.issuing(of(districtCode));
        return new Issuer(issuing.federation().name(), issuing.abbreviation());
    }

    Deadlines deadlines(String districtCode) {
        return districts.deadlines(of(districtCode));
    }

    String inspectors(String districtCode) {
        return DemocracyModule.INSPECTOR_ROLE.districtGroup(districtCode);
    }

    String cityInspectors() {
        return inspectors(districts.city().code());
    }

    /** The districts whose checks the user may see; null for all (administrators and the city's officers). */
    Set<String> visibleTo(Authentication user) {
        if (Roles.any(user, Roles.ADMIN, cityInspectors())) {
            return null;
        }
        String role = Roles.authority(DemocracyModule.INSPECTORS);
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(role) && a.length() > role.length())
                .map(a -> a.substring(role.length())).collect(Collectors.toUnmodifiableSet());
    }

    boolean isStaff(Authentication user) {
        return Roles.any(user, DemocracyModule.INSPECTORS, Roles.ADMIN);
    }

    /**
     * Whether this user may start a check in the district: its officers, the city's, administrators.
     * By the user's groups, so Tasklist's start form (where only the user id is known) and the API agree.
     */
    boolean mayStart(String userId, String districtCode) {
        return userId != null && identity.createGroupQuery().groupMember(userId)
                .groupIdIn(inspectors(districtCode), cityInspectors(), Roles.ADMIN).count() > 0;
    }

    boolean sees(Authentication user, String districtCode) {
        Set<String> seen = visibleTo(user);
        return isStaff(user) && (seen == null || seen.contains(districtCode));
    }
}
