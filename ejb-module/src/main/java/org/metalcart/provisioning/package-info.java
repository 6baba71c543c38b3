/**
 * The module commands against DCImanager, Create first. {@link
 * org.metalcart.provisioning.ModuleCommands} is the one door: other capabilities queue, run and
 * look at commands only through it. Behind it: a {@link org.metalcart.provisioning.ModuleTask} per
 * service records the command and the step it has reached before each DCImanager side effect (its
 * queue: {@link org.metalcart.provisioning.ModuleTaskQueue}, on the shared work queue of {@code
 * org.metalcart.queue}); {@link org.metalcart.provisioning.ServerClaims} keep two services off one
 * server; {@link org.metalcart.provisioning.CreateProgress} records what the Create workflow
 * achieved. What happened leaves as events: {@code ServiceStatusChanged} and {@link
 * org.metalcart.provisioning.ModuleCommandFinished}.
 */
package org.metalcart.provisioning;
