package org.metalcart.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entity whose rows are bookkeeping that follows from a recorded change (the event log, work
 * queue entries, job leases, webhook deliveries, the module log): recording them too would repeat
 * the change in other words. The entity that changed is recorded.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NotAudited {}
