package org.metalcart.whmcs;

import org.metalcart.shared.Caller;

/** One WHMCS action, mapped onto Metalcart's business services. */
@FunctionalInterface
interface WhmcsCommand {

  WhmcsAnswer run(WhmcsParams params, Caller caller);
}
