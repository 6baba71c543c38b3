/**
 * The demo installation the README's run command starts: a few tariff plans and a cart credential,
 * created only when {@code metalcart.demo.enabled} is true and only when missing.
 */
package org.metalcart.demo;
