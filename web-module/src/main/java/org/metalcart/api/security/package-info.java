/**
 * Who may call the API. {@link org.metalcart.api.security.ApiAuthentication} checks HTTP Basic API
 * credentials on every request under {@code /api/*} (web.xml requires a role there); {@link
 * org.metalcart.api.security.RoleCheck} then enforces each resource method's {@code @RolesAllowed}.
 * Both answer in problem+json: 401 without valid credentials, 403 for the wrong role.
 */
package org.metalcart.api.security;
