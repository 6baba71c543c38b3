/**
 * The module commands against DCImanager, Create first (product.md §4.4). The database is the
 * queue: a {@link org.metalcart.provisioning.ModuleTask} per service records the command and the
 * step it has reached before each DCImanager side effect, a {@link
 * org.metalcart.provisioning.ServerClaim} keeps two services off one server, the {@link
 * org.metalcart.provisioning.TaskDispatcher} runs tasks on container threads after their
 * transaction commits, and the {@link org.metalcart.provisioning.TaskScanner} hands over what is
 * due (install polls, retries, tasks of a crashed server). {@link
 * org.metalcart.provisioning.ModuleCommands} is the transaction boundary.
 */
package org.metalcart.provisioning;
