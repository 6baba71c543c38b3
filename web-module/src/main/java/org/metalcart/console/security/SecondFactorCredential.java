package org.metalcart.console.security;

import jakarta.security.enterprise.credential.Credential;

/** The code typed on the second step of a two-factor sign-in, for {@link StaffAuthentication}. */
record SecondFactorCredential(String code) implements Credential {

  @Override
  public String toString() {
    return "SecondFactorCredential[code=***]";
  }
}
