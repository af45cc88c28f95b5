package org.workright.supervision;

import org.springframework.stereotype.Component;
import org.workright.casework.Deadlines;
import org.workright.casework.District;
import org.workright.casework.Districts;
import org.workright.enterprises.Enterprise;
import org.workright.enterprises.EnterpriseRegister;
import org.workright.letters.Issuer;

/**
 * Where a supervision case belongs: the enterprise's county or district as the register has it.
 * That county's federation issues the case's letters, to the labour department of the same level
 * (ACFTU Labour-Law Supervision Measures arts 21, 23), and its deadlines count the county's own rest
 * days (an autonomous county's festival days).
 */
@Component
class SupervisionDistricts {

    private final EnterpriseRegister register;
    private final Districts districts;

    SupervisionDistricts(EnterpriseRegister register, Districts districts) {
        this.register = register;
        this.districts = districts;
    }

    District of(String creditCode) {
        Enterprise e = register.require(creditCode);
        return districts.ofEnterprise(e.district(), e.creditCode());
    }

    /** The federation that issues the case's letters: the county's, or the city's when so configured. */
    District issuing(String creditCode) {
        return districts.issuing(of(creditCode));
    }

    Issuer issuer(District issuing) {
        return new Issuer(issuing.federation().name(), issuing.abbreviation());
    }

    Deadlines deadlines(String creditCode) {
        return districts.deadlines(of(creditCode));
    }
}
