package org.workright.contracts;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.workright.contracts.ContractDraft.Negotiator;
import org.workright.contracts.ContractDraft.Side;
import org.workright.people.Roles;
import org.workright.casework.Upload;

/** Files collective contracts as their parties would, with documents, for the contracts tests. */
final class ContractDriver {

    /** 昆明示例机械制造有限公司 (官渡区, 530111), represented by enterpriseA. */
    static final String MACHINERY = "91530111MA6K7XQ34D";
    /** 昆明示例建筑劳务有限公司 (盘龙区, 530103), represented by enterpriseB. */
    static final String CONSTRUCTION = "91530103MA6N2R8L6U";
    /** 昆明示例城市服务集团有限公司 (五华区, 530102). */
    static final String CITY_SERVICES = "91530102216530182R";

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    private final IdentityService identity;

    ContractDriver(IdentityService identity) {
        this.identity = identity;
    }

    /** A user as Spring Security sees them: their Camunda groups as roles. */
    Authentication user(String id) {
        List<SimpleGrantedAuthority> roles = identity.createGroupQuery().groupMember(id).list().stream()
                .map(g -> new SimpleGrantedAuthority(Roles.authority(g.getId()))).toList();
        return UsernamePasswordAuthenticationToken.authenticated(id, null, roles);
    }

    /** A valid resident ID number from its first 17 digits. */
    static String id(String seventeen) {
        return seventeen + org.workright.people.ResidentIdNumber.checkCharacter(seventeen);
    }

    /** Six negotiators one a line, as the Tasklist forms take them. */
    static final String NEGOTIATOR_LINES = "张明 530102198001011018 职工方 首席\n李华 530102198001011026 职工方\n"
            + "王芳 530102198001011034 职工方\n周建国 530102197001011013 用人单位方 首席\n"
            + "赵强 530102197001011021 用人单位方\n钱伟 53010219700101103x 企业方 外聘";

    static List<Negotiator> negotiators(int perSide) {
        List<Negotiator> all = new ArrayList<>();
        for (int i = 0; i < perSide; i++) {
            all.add(new Negotiator("职工代表" + (char) ('甲' + i), id("53010219800101" + (100 + i)), Side.WORKERS, i == 0, false));
            all.add(new Negotiator("企业代表" + (char) ('甲' + i), id("53010219700101" + (200 + i)), Side.EMPLOYER, i == 0, false));
        }
        return all;
    }

    /** A sound three-year wage contract signed on {@code signedOn}, voted 100 / 67 / 51. */
    static FilingInput contract(LocalDate signedOn) {
        return contract(signedOn, Contract.Kind.WAGES, new ContractDraft.Vote(100, 67, 51, signedOn.minusDays(2)));
    }

    static FilingInput contract(LocalDate signedOn, Contract.Kind kind, ContractDraft.Vote vote) {
        LocalDate starts = signedOn.plusDays(10);
        return new FilingInput(kind, signedOn, starts, starts.plusYears(3).minusDays(1), 320, negotiators(3), true,
                Filing.ChiefCapacity.LEGAL_REPRESENTATIVE, vote, new BigDecimal("2300"), new BigDecimal("40"),
                "职工年平均工资增长不低于5%");
    }

    static List<Upload<ContractDocument.Purpose>> documents() {
        return List.of(Upload.of("text", ContractDocument.Purpose.TEXT, "集体合同文本.pdf", PDF, 1 << 20),
                Upload.of("scan", ContractDocument.Purpose.SCAN, "签字页.png", PNG, 1 << 20));
    }
}
