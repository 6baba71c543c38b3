package org.metalcart.security;

/** What a username and password got: signed in, a second factor to ask for, or nothing. */
public sealed interface SignInOutcome {

  /** The password was right and the account signs in with it alone. */
  record SignedIn(StaffMember member) implements SignInOutcome {}

  /**
   * The password was right and the account has two-factor sign-in: nobody is signed in until a code
   * from the authenticator app or a recovery code follows ({@link StaffAccounts#secondFactor}).
   */
  record CodeNeeded(String username) implements SignInOutcome {}

  /** Wrong, unknown or held: the answer never says which. */
  record Refused() implements SignInOutcome {}
}
