/**
 * What the API accepts, strictly: request bodies are UTF-8 JSON of exactly the documented shape (no
 * unknown or repeated properties, numbers where numbers belong and integral where integers do,
 * within their type's range, dates within sane bounds, no control characters in single-line text),
 * within the size limit; query parameters are parsed with the same care. Anything else is refused
 * with a problem document naming the field, before a resource acts on it.
 */
package org.metalcart.api.input;
