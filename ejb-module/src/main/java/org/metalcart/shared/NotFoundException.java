package org.metalcart.shared;

/** The named thing does not exist (or is not visible to the caller, which must look the same). */
public class NotFoundException extends BusinessException {

  public NotFoundException(String what, Object id) {
    super(what + " " + id + " does not exist", null);
  }
}
