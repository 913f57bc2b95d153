package io.marquee.platform.control;

import io.marquee.platform.entity.Violation;
import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * A client sent input that breaks a business rule. Rolls the transaction back, so nothing is
 * written; the boundary answers 400 with one problem entry per violation.
 */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidInput(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        this.violations = List.copyOf(violations);
    }

    public InvalidInput(String field, String rule, String message) {
        this(List.of(new Violation(field, rule, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
