package org.workright.enterprises;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.workright.casework.CaseworkProcess.Capability;
import org.workright.casework.CaseworkProcesses;
import org.workright.letters.Letter;
import org.workright.letters.LetterService;
import org.workright.letters.PrintableLetter;
import org.workright.people.Roles;
import org.workright.system.ProblemException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** The register for staff (/api/enterprises) and an enterprise's view of its own file (/api/enterprise). */
@RestController
@Tag(name = "enterprises", description = "企业名录与一企一档 Enterprise register")
class EnterpriseController {

    private final EnterpriseRegister register;
    private final EnterpriseFile file;
    private final LetterService letters;

    EnterpriseController(EnterpriseRegister register, EnterpriseFile file, LetterService letters) {
        this.register = register;
        this.file = file;
        this.letters = letters;
    }

    @GetMapping("/api/enterprises")
    @Operation(summary = "企业名录 Find enterprises by a part of the name or the start of the credit code")
    List<Enterprise> list(@RequestParam(required = false) String q, @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > EnterpriseRegister.MOST_LISTED) {
            throw ProblemException.badField("limit", "每次最多列出" + EnterpriseRegister.MOST_LISTED + "家企业");
        }
        // "name" is the older spelling of the same search
        return register.list(q != null ? q : name, limit);
    }

    @PostMapping("/api/enterprises")
    @Operation(summary = "登记企业（监督员、管理员）Register an enterprise")
    ResponseEntity<Enterprise> create(@Valid @RequestBody Enterprise enterprise, Authentication user) {
        requireAnyRole(user, Capability.REGISTER_ENTERPRISES);
        Enterprise saved = register.register(enterprise);
        return ResponseEntity.created(URI.create("/api/enterprises/" + saved.creditCode())).body(saved);
    }

    @GetMapping("/api/enterprises/{creditCode}")
    @Operation(summary = "企业登记信息 One enterprise")
    Enterprise one(@PathVariable String creditCode) {
        return register.require(creditCode);
    }

    @GetMapping("/api/enterprises/{creditCode}/file")
    @Operation(summary = "一企一档 Everything held about an enterprise")
    EnterpriseFile.View fileOf(@PathVariable String creditCode, Authentication user) {
        // not lawyers (one may advise the employer) nor the labour bureau (it sees what is referred to it)
        requireAnyRole(user, Capability.READ_ENTERPRISE_FILES);
        return file.forStaff(creditCode, user);
    }

    @PostMapping("/api/enterprises/{creditCode}/representatives")
    @Operation(summary = "指定企业代表账号（管理员）Make a user the enterprise's representative")
    Map<String, String> addRepresentative(@PathVariable String creditCode, @RequestBody Map<String, String> body,
            Authentication user) {
        if (!Roles.any(user, Roles.ADMIN)) {
            throw ProblemException.forbidden("无权执行此操作");
        }
        String userId = body.get("userId");
        if (userId == null || userId.isBlank()) {
            throw ProblemException.badField("userId", "请填写用户名");
        }
        register.addRepresentative(userId, creditCode);
        return Map.of("userId", userId, "creditCode", creditCode);
    }

    @GetMapping("/api/enterprise/file")
    @Operation(summary = "本企业档案（企业代表）The representative's own enterprise file")
    EnterpriseFile.View ownFile(Authentication user) {
        return file.forEnterprise(ownEnterprise(user));
    }

    @GetMapping(value = "/api/enterprise/letters/{id}/html", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "本企业收到的公文（企业代表）A letter served on the representative's enterprise")
    ResponseEntity<String> ownLetter(@PathVariable long id, @RequestParam(defaultValue = "false") boolean download,
            Authentication user) {
        String creditCode = ownEnterprise(user);
        Letter letter = letters.find(id).filter(l -> file.enterpriseMayRead(creditCode, l))
                .orElseThrow(() -> ProblemException.notFound("未找到该公文"));
        return PrintableLetter.response(letter, download);
    }

    private String ownEnterprise(Authentication user) {
        return register.enterpriseOf(user.getName())
                .orElseThrow(() -> ProblemException.forbidden("该账号未关联企业"));
    }

    /** Administrators, and the roles whose processes declare this capability. */
    private static void requireAnyRole(Authentication user, Capability capability) {
        String[] groups = Stream.concat(Stream.of(Roles.ADMIN),
                CaseworkProcesses.groupsThat(capability).stream()).toArray(String[]::new);
        if (!Roles.any(user, groups)) {
            throw ProblemException.forbidden("无权执行此操作");
        }
    }
}
