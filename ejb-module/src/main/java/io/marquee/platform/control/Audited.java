package io.marquee.platform.control;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an EJB method as a change to audit. The {@link AuditInterceptor} records who, when,
 * the action and the subject's state before and after, in the change's own transaction.
 * <ul>
 *     <li>Create: the method returns the new {@link io.marquee.platform.entity.Auditable}.</li>
 *     <li>Update or delete: one parameter is the subject's id, marked {@link AuditKey}; the
 *     subject is read before and after the call.</li>
 * </ul>
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    /** The action's name, e.g. {@code organiser.contact-changed}. */
    @Nonbinding String value() default "";

    /** The subject's entity class (needed with {@link AuditKey}). */
    @Nonbinding Class<?> subject() default Object.class;
}
