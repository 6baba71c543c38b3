package org.metalcart.dcim;

/** An address of a server. */
public record DcimIp(String id, String address, IpFamily family, String domain) {}
