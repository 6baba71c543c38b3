/** The services API: reading sold servers, admin edits, module commands and the module log. */
package org.metalcart.api.services;
