/**
 * The demo mailbox: an SMTP server that keeps what it receives, with a page to read it. Not part of
 * Metalcart; the mail server of its demo and its tests.
 */
package org.metalcart.mailbox;
