package org.workright.legalaid;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.workright.enterprises.CreditCode;
import org.workright.people.ResidentIdNumber;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * What an application must say about its applicant, by kind: a person gives a valid resident ID
 * number, their household income (the means test), whether they are a migrant worker and still
 * employed (the wage limitation); a union organisation gives its unified
 * social credit code and a contact person. Each applicant brings only the claims that are theirs
 * ({@link ApplicantKind#mayClaim}). Each failure names its field.
 */
@Documented
@Constraint(validatedBy = ApplicantIdentified.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ApplicantIdentified {

    String message() default "申请人信息不完整";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ApplicantIdentified, LegalAidApplication> {

        private final boolean organisationCode;

        public Validator() {
            this(true);
        }

        @Autowired
        public Validator(@Value("${workright.enterprises.check-organisation-code:true}") boolean organisationCode) {
            this.organisationCode = organisationCode;
        }

        @Override
        public boolean isValid(LegalAidApplication a, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            ApplicantKind kind = a.kind();
            boolean valid = true;
            if (a.idNumber() != null && !a.idNumber().isBlank()) {
                String problem = kind.organisation() ? CreditCode.problem(CreditCode.normalize(a.idNumber()), organisationCode)
                        : ResidentIdNumber.isValid(a.idNumber()) ? null : "身份证号码无效（校验位不符）";
                valid &= fails(context, problem, "idNumber");
            }
            if (kind.organisation()) {
                valid &= fails(context, a.contactPerson() == null || a.contactPerson().isBlank()
                        ? "工会组织申请的，请填写联系人姓名" : null, "contactPerson");
            } else {
                valid &= fails(context, a.perCapitaIncome() == null ? "请填写家庭人均月收入" : null, "perCapitaIncome");
                valid &= fails(context, a.migrantWorker() == null ? "请说明是否为农民工" : null, "migrantWorker");
                valid &= fails(context, a.stillEmployed() == null ? "请说明是否仍在该单位工作" : null, "stillEmployed");
            }
            if (a.claimType() != null && !kind.mayClaim(a.claimType())) {
                valid &= fails(context, switch (a.claimType()) {
                    case UNION_WORK_RETALIATION -> "“" + a.claimType().label() + "”应由工会工作者本人申请";
                    case UNION_ORGANISATION_RIGHTS -> "“" + a.claimType().label() + "”应由工会组织申请";
                    default -> "工会组织只能就工会组织合法权益受侵害的事项申请";
                }, "claimType");
            }
            return valid;
        }

        private static boolean fails(ConstraintValidatorContext context, String problem, String field) {
            if (problem != null) {
                context.buildConstraintViolationWithTemplate(problem).addPropertyNode(field).addConstraintViolation();
            }
            return problem == null;
        }
    }
}
