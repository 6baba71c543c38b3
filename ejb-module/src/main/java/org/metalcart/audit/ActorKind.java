package org.metalcart.audit;

/** Who acts: a member of staff signed in to the console, or a program with an API credential. */
public enum ActorKind {
  STAFF,
  API_CREDENTIAL
}
