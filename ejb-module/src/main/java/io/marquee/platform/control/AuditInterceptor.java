package io.marquee.platform.control;

import io.marquee.platform.entity.Auditable;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * The one place that writes the audit log. It runs inside the audited method's transaction,
 * so a change that rolls back leaves no audit entry, and an entry never lacks its change.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

    @Inject
    AuditLog auditLog;

    @AroundInvoke
    public Object audit(InvocationContext call) throws Exception {
        Method method = call.getMethod();
        Audited audited = method.getAnnotation(Audited.class);
        String action = audited.value().isEmpty() ? defaultAction(method) : audited.value();
        Object key = auditKey(call);
        if (key == null) {
            Object result = call.proceed();
            if (result instanceof Auditable created) {
                auditLog.record(action, created.getClass(), created.auditId(), null, created.auditState());
            }
            return result;
        }
        Class<?> subject = audited.subject();
        Map<String, Object> before = auditLog.stateOf(subject, key);
        Object result = call.proceed();
        auditLog.record(action, subject, String.valueOf(key), before, auditLog.stateOf(subject, key));
        return result;
    }

    private static String defaultAction(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    private static Object auditKey(InvocationContext call) {
        Annotation[][] annotations = call.getMethod().getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof AuditKey) {
                    return call.getParameters()[i];
                }
            }
        }
        return null;
    }
}
