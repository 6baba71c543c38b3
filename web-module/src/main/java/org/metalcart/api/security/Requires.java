package org.metalcart.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.metalcart.security.Permission;

/**
 * The permission a resource method needs; {@link RoleCheck} lets through only callers whose role
 * holds it. A resource method without it is for administrators only: forgetting it must not open an
 * endpoint.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Requires {
  Permission value();
}
