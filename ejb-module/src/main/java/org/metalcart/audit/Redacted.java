package org.metalcart.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A persistent field whose value never enters the audit trail (a password hash, a sealed secret, a
 * mail body that may carry a password): the trail records that it changed, not what it held.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Redacted {}
