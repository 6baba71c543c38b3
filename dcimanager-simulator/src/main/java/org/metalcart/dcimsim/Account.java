package org.metalcart.dcimsim;

/** A DCImanager user. Level 16 is a client user, 28 an administrator (as in DCImanager 5). */
final class Account {

  static final int CLIENT_LEVEL = 16;
  static final int ADMIN_LEVEL = 28;

  final long id;
  final String name;
  final String email;
  final String fullName;
  final String password;
  final int level;

  Account(long id, String name, String email, String fullName, String password, int level) {
    this.id = id;
    this.name = name;
    this.email = email;
    this.fullName = fullName;
    this.password = password;
    this.level = level;
  }

  boolean isAdmin() {
    return level >= ADMIN_LEVEL;
  }
}
