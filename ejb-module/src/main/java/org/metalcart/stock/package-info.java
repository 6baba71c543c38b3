/**
 * Stock: how many servers of a plan DCImanager has free, counted with the rule provisioning uses
 * (Configuration or Server Type, no owner, free.ds, no hardware problem, not diagnosed, not
 * blocked, no install running), less those already claimed in Metalcart and less the services
 * already waiting for one. {@link org.metalcart.stock.Stock} is the door: the catalog shows it,
 * ordering refuses a plan that refuses to wait, the dashboard warns under a plan's threshold.
 */
package org.metalcart.stock;
