package org.metalcart.notifications;

/** An e-mail composed from a template, before it is queued. */
record Mail(
    String template,
    String subjectKind,
    long subjectId,
    String recipient,
    String subject,
    String body) {}
