/**
 * Customer accounts. A client's username is its DCImanager 5 account name and its email its
 * DCImanager 6 account name, so both are unique. {@link org.metalcart.clients.ClientRegistry} is
 * the transaction boundary.
 */
package org.metalcart.clients;
