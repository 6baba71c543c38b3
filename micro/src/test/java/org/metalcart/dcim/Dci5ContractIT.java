package org.metalcart.dcim;

/** The gateway contract on DCImanager 5's func API. */
class Dci5ContractIT extends DcimContract {

  @Override
  DcimSettings.ApiVersion version() {
    return DcimSettings.ApiVersion.V5;
  }

  @Override
  String adminLogin() {
    return "admin";
  }
}
