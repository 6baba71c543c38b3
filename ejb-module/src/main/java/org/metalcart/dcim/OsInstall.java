package org.metalcart.dcim;

/** What to install on a server. The password is the server's root password: never logged. */
public record OsInstall(String template, String recipe, String password, String hostname) {

  @Override
  public String toString() {
    return "OsInstall[template="
        + template
        + ", recipe="
        + recipe
        + ", hostname="
        + hostname
        + ", password=***]";
  }
}
