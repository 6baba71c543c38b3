package org.metalcart.api.input;

/**
 * What every request body class of the API extends: it makes {@link StrictJsonReader} the reader
 * closest to these classes, so that the runtimes choose it over their own JSON-B reader (both read
 * any object; the closer type decides).
 */
public abstract class JsonRequest {}
