package org.metalcart.api.input;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field that may hold line breaks and tabs (notes, descriptions). Every other text field of
 * a request is a single line: control characters there are refused.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface MultilineText {}
