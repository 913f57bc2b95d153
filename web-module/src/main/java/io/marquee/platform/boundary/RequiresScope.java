package io.marquee.platform.boundary;

import io.marquee.platform.entity.ApiScope;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scope a partner key needs for this API method. Every API method carries this or
 * {@link Public}; a test checks both over HTTP so no endpoint ships unprotected.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresScope {
    ApiScope value();
}
