/** Bean Validation constraints of the API's transfer objects that the standard set lacks. */
package org.metalcart.api.validation;
