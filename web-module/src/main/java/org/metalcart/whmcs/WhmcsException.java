package org.metalcart.whmcs;

/**
 * A call WHMCS would answer with {@code result: error}: the message is WHMCS's own wording where
 * its documentation gives one. Nothing was changed.
 */
class WhmcsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  WhmcsException(String message) {
    super(message, null, false, false);
  }
}
