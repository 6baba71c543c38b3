package org.metalcart.dcim;

/** The gateway contract on DCImanager 6's REST API. */
class Dci6ContractIT extends DcimContract {

  @Override
  DcimSettings.ApiVersion version() {
    return DcimSettings.ApiVersion.V6;
  }

  @Override
  String adminLogin() {
    return "admin@dcim.example.net";
  }
}
