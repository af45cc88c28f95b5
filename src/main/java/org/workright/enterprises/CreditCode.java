package org.workright.enterprises;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character
 * alphabet without I, O, S, V and Z; characters 3–8 are the administrative division (digits); the
 * last is a MOD 31 check character. Characters 9–17 are the organisation code (组织机构代码, GB
 * 11714-1997), eight characters and their own MOD 11 check character, which real codes pass too.
 */
public final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Strictly as printed on a business licence: upper case, no spaces. */
    public static boolean isValid(String code) {
        return problem(code) == null;
    }

    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /** Why a code is invalid, organisation code included, in words the person can act on; null when valid. */
    public static String problem(String code) {
        return problem(code, true);
    }

    /**
     * Why a code is invalid; {@code organisationCode} also checks characters 9–17 by GB 11714 (a
     * register holding old codes whose organisation part was never checked may switch it off).
     */
    public static String problem(String code, boolean organisationCode) {
        if (code == null || code.isBlank()) {
            return "请填写统一社会信用代码";
        }
        if (code.length() != 18) {
            return "统一社会信用代码应为18位，实际为" + code.length() + "位";
        }
        if (!code.equals(code.toUpperCase())) {
            return "统一社会信用代码应使用大写字母";
        }
        if (code.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            return "统一社会信用代码含有无效字符（不使用I、O、S、V、Z）";
        }
        if (!code.substring(2, 8).chars().allMatch(Character::isDigit)) {
            return "统一社会信用代码第3至8位应为行政区划码（数字）";
        }
        if (code.charAt(17) != checkCharacter(code)) {
            return "统一社会信用代码校验位不正确";
        }
        if (organisationCode && code.charAt(16) != organisationCheckCharacter(code.substring(8, 16))) {
            return "统一社会信用代码第9至17位（组织机构代码）校验不正确";
        }
        return null;
    }

    /** GB 11714: 11 - (weighted sum mod 11), 10 written X and 11 written 0; letters count A=10 to Z=35. */
    static char organisationCheckCharacter(String body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body.charAt(i);
            sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /**
     * A valid code from its first 16 characters (authority, kind, division and the organisation
     * code's body), both check characters added: for demo and test registers, which must pass
     * the checks real codes pass.
     */
    public static String withChecks(String first16) {
        if (first16 == null || first16.length() != 16) {
            throw new IllegalArgumentException("16 characters expected");
        }
        String seventeen = first16 + organisationCheckCharacter(first16.substring(8, 16));
        return seventeen + checkCharacter(seventeen + "0");
    }

    /** What people type (spaces, lower case) to what the licence says; validate the result. */
    public static String normalize(String code) {
        return code == null ? null : code.replaceAll("\\s+", "").toUpperCase();
    }

    static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    private CreditCode() {
    }
}
