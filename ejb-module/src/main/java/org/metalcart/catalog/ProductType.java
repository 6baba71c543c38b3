package org.metalcart.catalog;

/**
 * The kind of service a product sells. The seed's account rule ("the client already has active
 * services of type Dedicated Server") is stated in terms of this type.
 */
public enum ProductType {
  DEDICATED_SERVER
}
