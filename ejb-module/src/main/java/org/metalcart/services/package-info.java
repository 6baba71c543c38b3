/**
 * The sold servers: {@link org.metalcart.services.Service} with its status machine and history
 * ({@link org.metalcart.services.ServiceEvent}), and the module log of every DCImanager call made
 * for it ({@link org.metalcart.services.ModuleLogEntry}). {@link org.metalcart.services.Services}
 * is the transaction boundary for reading services and the admin's edits; the module commands that
 * act on DCImanager live in {@code org.metalcart.provisioning}.
 */
package org.metalcart.services;
