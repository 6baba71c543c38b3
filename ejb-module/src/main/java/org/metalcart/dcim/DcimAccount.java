package org.metalcart.dcim;

/** A DCImanager account: its id and the name DCImanager knows it by. */
public record DcimAccount(String id, String name) {}
