/**
 * The API's OpenAPI document as a contract: made when the module is built from the resources'
 * annotations, completed by {@link org.metalcart.api.contract.ContractFilter}, checked by a
 * validator in the build, and served unchanged at {@code /openapi} by {@link
 * org.metalcart.api.contract.OpenApiDocument} on every server.
 */
package org.metalcart.api.contract;
