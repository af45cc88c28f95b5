package org.workright.people;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Camunda groups, one per role; Spring Security sees them as authorities ROLE_&lt;group id&gt;. */
public final class Roles {

    public static final String ADMIN = "camunda-admin";
    public static final String LEGAL_AID_OFFICE = "legalAidOffice";
    public static final String LEGAL_AID_LEAD = "legalAidLead";
    public static final String LAWYERS = "lawyers";
    public static final String INSPECTORS = "inspectors";
    /** County-level (or higher) federation staff: approve notices and issue 建议书. */
    public static final String INSPECTION_LEADS = "inspectionLeads";
    public static final String LABOUR_BUREAU = "labourBureau";
    public static final String ENTERPRISE = "enterprise";

    /** Roles allowed on our REST API and /engine-rest: everyone but enterprise representatives. */
    public static final List<String> STAFF =
            List.of(ADMIN, LEGAL_AID_OFFICE, LEGAL_AID_LEAD, LAWYERS, INSPECTORS, INSPECTION_LEADS, LABOUR_BUREAU);

    /** Display names (Chinese first, English where cheap), used when the groups are created. */
    static String displayName(String group) {
        return switch (group) {
            case ADMIN -> "系统管理员";
            case LEGAL_AID_OFFICE -> "法律援助中心工作人员";
            case LEGAL_AID_LEAD -> "法律援助中心负责人";
            case LAWYERS -> "志愿律师";
            case INSPECTORS -> "劳动法律监督员";
            case INSPECTION_LEADS -> "县级以上总工会法律监督负责人";
            case LABOUR_BUREAU -> "劳动保障部门审查员";
            case ENTERPRISE -> "企业代表";
            default -> group;
        };
    }

    static List<String> all() {
        return List.of(ADMIN, LEGAL_AID_OFFICE, LEGAL_AID_LEAD, LAWYERS, INSPECTORS, INSPECTION_LEADS, LABOUR_BUREAU,
                ENTERPRISE);
    }

    public static String authority(String group) {
        return "ROLE_" + group;
    }

    /** Whether the user belongs to any of the groups. */
    public static boolean any(Authentication user, String... groups) {
        return user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> Arrays.stream(groups).map(Roles::authority).anyMatch(a::equals));
    }

    private Roles() {
    }
}
