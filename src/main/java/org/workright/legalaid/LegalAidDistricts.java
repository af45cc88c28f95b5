package org.workright.legalaid;

import org.springframework.stereotype.Component;
import org.workright.casework.Deadlines;
import org.workright.casework.District;
import org.workright.casework.Districts;
import org.workright.enterprises.EnterpriseRegister;

/**
 * Where a legal-aid case is handled, for the rest days its deadlines count (an autonomous county's
 * festival days) and the minimum wage an award is measured against (LDMAL art 47): the employer's
 * county (as the register has it, or from its credit code), or the applicant's as their address
 * names it, whichever configuration puts first; failing both, the city.
 */
@Component
class LegalAidDistricts {

    /** Which place decides a case's county when both are known. */
    public enum CountyFrom {
        EMPLOYER, APPLICANT
    }

    private final Districts districts;
    private final EnterpriseRegister register;
    private final LegalAidProperties properties;

    LegalAidDistricts(Districts districts, EnterpriseRegister register, LegalAidProperties properties) {
        this.districts = districts;
        this.register = register;
        this.properties = properties;
    }

    District of(LegalAidCase c) {
        District employer = employer(c);
        District applicant = districts.ofAddress(c.applicantAddress());
        District city = districts.city();
        if (properties.countyFrom() == CountyFrom.APPLICANT) {
            return applicant != city ? applicant : employer;
        }
        return employer != city ? employer : applicant;
    }

    Deadlines deadlines(LegalAidCase c) {
        return deadlines(of(c));
    }

    Deadlines deadlines(District district) {
        return districts.deadlines(district);
    }

    private District employer(LegalAidCase c) {
        String code = c.employerCreditCode();
        if (code == null) {
            return districts.city();
        }
        return register.find(code).map(e -> districts.ofEnterprise(e.district(), code))
                .orElseGet(() -> districts.ofEnterprise(null, code));
    }
}
