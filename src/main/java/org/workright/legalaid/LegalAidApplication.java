package org.workright.legalaid;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.workright.enterprises.ValidCreditCode;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An application for legal aid (Legal Aid Law arts 41-43; ACFTU Union Legal Aid Measures 2008) by a
 * worker, a union officer or a union organisation, as submitted online or taken by office staff.
 * Left out, the applicant kind is a worker.
 */
@Schema(description = "法律援助申请 Legal-aid application")
@LegalAidApplication.LeavingDateGiven
@ApplicantIdentified
public record LegalAidApplication(
        @Schema(description = "申请人姓名") @NotBlank(message = "请填写申请人姓名") @Size(max = 100) String applicantName,
        @Schema(description = "居民身份证号码（18位）；工会组织填写统一社会信用代码")
        @NotBlank(message = "请填写身份证号码或统一社会信用代码") @Size(max = 18, message = "应为18位") String idNumber,
        @Schema(description = "联系电话") @NotBlank(message = "请填写联系电话")
        @Pattern(regexp = "1\\d{10}|0\\d{2,3}-?\\d{7,8}", message = "联系电话格式不正确") String phone,
        @Schema(description = "联系地址") @Size(max = 300) String address,
        @Schema(description = "是否农民工（职工、工会工作者填写）") Boolean migrantWorker,
        @Schema(description = "免予核查经济困难状况的情形（法律援助法第四十二条），不属于的可不填")
        MeansTestExemption meansTestExemption,
        @Schema(description = "家庭人均月收入（元）；工会组织不填") @PositiveOrZero(message = "收入不能为负数")
        @Digits(integer = 10, fraction = 2, message = "金额最多10位整数、2位小数") BigDecimal perCapitaIncome,
        @Schema(description = "用人单位（或侵权单位）名称") @NotBlank(message = "请填写用人单位名称") @Size(max = 200) String employerName,
        @Schema(description = "用人单位统一社会信用代码（可选）")
        @ValidCreditCode String employerCreditCode,
        @Schema(description = "案由") @NotNull(message = "请选择案由") ClaimType claimType,
        @Schema(description = "请求金额（元）") @PositiveOrZero(message = "金额不能为负数")
        @Digits(integer = 12, fraction = 2, message = "金额最多12位整数、2位小数") BigDecimal claimAmount,
        @Schema(description = "事实与理由") @NotBlank(message = "请简述事实与理由") @Size(max = 4000) String facts,
        @Schema(description = "知道或应当知道权利被侵害之日") @NotNull(message = "请填写知道权利被侵害的日期")
        @PastOrPresent(message = "日期不能晚于今天") LocalDate infringementKnownOn,
        @Schema(description = "是否仍在该单位工作（职工、工会工作者填写）") Boolean stillEmployed,
        @Schema(description = "离职日期（已离职时填写）") @PastOrPresent(message = "日期不能晚于今天") LocalDate leftEmploymentOn,
        @Schema(description = "已知的程序期限（如仲裁、起诉期限届满日）") LocalDate proceduralDeadline,
        @Schema(description = "是否需要紧急证据保全或财产保全") Boolean needsPreservation,
        @Schema(description = "是否需要申请先予执行（如追索劳动报酬、工伤医疗费）") Boolean needsAdvanceExecution,
        @Schema(description = "申请人类别：职工、工会工作者或工会组织，不填为职工") ApplicantKind applicantKind,
        @Schema(description = "联系人（工会组织申请时填写）") @Size(max = 100) String contactPerson) {


    /** A worker who has left must say when: the wage-claim limitation runs from that day. */
    @Documented
    @Constraint(validatedBy = LeavingDateGiven.Validator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface LeavingDateGiven {
        String message() default "已离职的，请填写离职日期";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<LeavingDateGiven, LegalAidApplication> {
            @Override
            public boolean isValid(LegalAidApplication a, ConstraintValidatorContext context) {
                if (a.stillEmployed() == null || a.stillEmployed() || a.leftEmploymentOn() != null) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("leftEmploymentOn").addConstraintViolation();
                return false;
            }
        }
    }

    ApplicantKind kind() {
        return applicantKind == null ? ApplicantKind.WORKER : applicantKind;
    }

    MeansTestExemption exemption() {
        return meansTestExemption == null ? MeansTestExemption.NONE : meansTestExemption;
    }

    boolean migrant() {
        return Boolean.TRUE.equals(migrantWorker);
    }

    boolean employed() {
        return Boolean.TRUE.equals(stillEmployed);
    }

    boolean preservation() {
        return Boolean.TRUE.equals(needsPreservation);
    }

    boolean advanceExecution() {
        return Boolean.TRUE.equals(needsAdvanceExecution);
    }
}
