/**
 * Every error the API returns is an RFC 9457 {@code application/problem+json} document with a
 * stable {@code type}, a human {@code title} and {@code detail}, and the offending fields for
 * validation errors; never a stack trace. The mappers here are the only places that build error
 * responses.
 */
package org.metalcart.api.problem;
