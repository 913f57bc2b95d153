package io.marquee.platform.boundary;

import io.marquee.platform.entity.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/**
 * Bean Validation on resource parameters: each violation names the field as the client wrote
 * it ({@code email}, {@code tiers[2].duration}, or a query parameter's name) and the rule.
 */
@Provider
public class InvalidParameters implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(field(v.getPropertyPath()), rule(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        return Problem.invalid(violations);
    }

    /** Drops the method node; a parameter names the field only when nothing inside it is named. */
    static String field(Path path) {
        StringJoiner field = new StringJoiner(".");
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                field.add(node.getName() + (node.getIndex() != null ? "[" + node.getIndex() + "]"
                        : node.getKey() != null ? "[" + node.getKey() + "]" : ""));
            }
        }
        return field.length() > 0 ? field.toString() : parameter == null ? "body" : parameter;
    }

    /** {@code NotBlank} -> {@code not-blank}. */
    static String rule(ConstraintViolation<?> violation) {
        String name = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }
}
