package org.workright.enterprises;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A valid GB 32100 unified social credit code; the message says what exactly is wrong. Null passes. */
@Documented
@Constraint(validatedBy = ValidCreditCode.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidCreditCode {

    String message() default "统一社会信用代码无效";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Created by Spring's validator factory, which passes the register's setting; built by plain
     * Bean Validation it checks the organisation code too.
     */
    class Validator implements ConstraintValidator<ValidCreditCode, String> {

        private final boolean organisationCode;

        public Validator() {
            this(true);
        }

        @Autowired
        public Validator(@Value("${workright.enterprises.check-organisation-code:true}") boolean organisationCode) {
            this.organisationCode = organisationCode;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String problem = value == null ? null : CreditCode.problem(value, organisationCode);
            if (problem != null) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            }
            return problem == null;
        }
    }
}
