/**
 * Small value types every capability uses: the business failures the API turns into problem
 * responses, and pages of results. Nothing here knows about HTTP or a particular capability.
 */
package org.metalcart.shared;
