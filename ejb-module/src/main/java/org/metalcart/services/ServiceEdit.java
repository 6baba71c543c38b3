package org.metalcart.services;

import java.time.LocalDate;

/**
 * An admin's edit of a service, like WHMCS's UpdateClientProduct: no module call. A null field is
 * left as it is; {@code clearExemption} removes the exemption from automatic suspension.
 */
public record ServiceEdit(
    LocalDate nextDueDate,
    LocalDate autoSuspendExemptUntil,
    boolean clearExemption,
    String notes) {}
