package org.metalcart.shared;

/**
 * The request is well formed but breaks a rule of the business, such as paying a cancelled invoice
 * or ordering a billing cycle the plan has no price for.
 */
public class BusinessRuleException extends BusinessException {

  public BusinessRuleException(String message, String field) {
    super(message, field);
  }
}
