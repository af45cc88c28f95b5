package org.workright.casework;

import java.math.BigDecimal;

/**
 * A county-level area (县、市、区) or the city: where a case is handled, who issues its letters and
 * to whom (ACFTU Labour-Law Supervision Measures arts 21, 23: the federation of a level to the labour
 * department of the same level), its local monthly minimum wage, and the local rest days its
 * deadlines count (an autonomous county's festival days).
 *
 * @param code            the administrative division code (GB/T 2260), as in characters 3-8 of a credit code
 * @param abbreviation    the issuer's short name at the head of its letter numbers (昆工, 官工)
 * @param calendarOverlay the county's extra rest days, {@code calendar/overlays/<name>.json}; null for none
 */
public record District(String code, String name, String abbreviation, Body federation, Body labourDepartment,
        BigDecimal monthlyMinimumWage, String calendarOverlay) {

    /**
     * The name as people shorten it: "石林" for 石林彝族自治县, "官渡" for 官渡区. An address or a register
     * entry may say "石林县" or "官渡"; either means this county.
     */
    public String shortName() {
        return name.replaceAll("((彝族|苗族|回族)+自治县|区|县|市)$", "");
    }

    /** An organ as letters name it. */
    public record Body(String name, String address) {
    }
}
