package org.metalcart.services;

import org.metalcart.shared.InvalidInputException;

/**
 * The rule for a server's root password (also the password of a new DCImanager account): 10 to 64
 * characters from at least three of lower case, upper case, digits and symbols, no spaces. A root
 * password on a machine facing the internet is attacked within minutes of the install.
 */
public final class ServerPassword {

  public static final int MIN = 10;
  public static final int MAX = 64;

  private ServerPassword() {}

  public static void check(String field, String password) {
    if (password == null || password.isBlank()) {
      throw new InvalidInputException(field, "a server password is required");
    }
    if (password.length() < MIN || password.length() > MAX) {
      throw new InvalidInputException(field, "must be " + MIN + " to " + MAX + " characters long");
    }
    if (password.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw new InvalidInputException(field, "must not contain spaces or control characters");
    }
    int classes =
        (password.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
            + (password.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
            + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
            + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
    if (classes < 3) {
      throw new InvalidInputException(
          field,
          "is too weak: use at least three of lower-case letters, upper-case letters, digits and"
              + " symbols");
    }
  }
}
