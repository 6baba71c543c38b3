package org.metalcart.clients;

/** What a caller gives to register a client. */
public record NewClient(String username, String email, String name) {}
