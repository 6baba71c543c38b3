package org.metalcart.clients;

/**
 * New contact details for a client: each field that is not null replaces the client's. The username
 * cannot change (it names the client's DCImanager 5 account). On DCImanager 6 the account is found
 * by e-mail: after a change of e-mail the next server goes to an account under the new address
 * unless the DCImanager account is renamed as well.
 */
public record ClientChange(String email, String name) {}
