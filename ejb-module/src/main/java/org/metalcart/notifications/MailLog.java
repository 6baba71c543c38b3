package org.metalcart.notifications;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import org.metalcart.clients.ClientRegistry;
import org.metalcart.platform.JpaPages;
import org.metalcart.queue.WorkQueued;
import org.metalcart.shared.Caller;
import org.metalcart.shared.ConflictException;
import org.metalcart.shared.NotFoundException;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/**
 * The e-mail log: what was sent to whom, when, and what failed. A cart reads the e-mails about what
 * it sold; an admin reads all, and may send a failed one again.
 */
@Stateless
public class MailLog {

  @PersistenceContext(unitName = "metalcart")
  EntityManager em;

  @Inject ClientRegistry clients;

  @Inject Clock clock;

  @Inject Event<WorkQueued> queued;

  /** A client's e-mails, newest first. */
  public Page<OutgoingMail> ofClient(long clientId, PageRequest page, Caller caller) {
    clients.client(clientId, caller);
    String visible = caller.seesAll() ? "" : " and m.visibleTo = :caller";
    TypedQuery<OutgoingMail> list =
        em.createQuery(
            "select m from OutgoingMail m where m.clientId = :client"
                + visible
                + " order by m.id desc",
            OutgoingMail.class);
    TypedQuery<Long> count =
        em.createQuery(
            "select count(m) from OutgoingMail m where m.clientId = :client" + visible, Long.class);
    for (TypedQuery<?> query : new TypedQuery<?>[] {list, count}) {
      query.setParameter("client", clientId);
      if (!caller.seesAll()) {
        query.setParameter("caller", caller.identifier());
      }
    }
    return JpaPages.page(list, count, page);
  }

  /** Every e-mail, staff ones too, newest first (admins). */
  public Page<OutgoingMail> all(PageRequest page, MailStatus status) {
    String where = status == null ? "" : " where m.status = :status";
    TypedQuery<OutgoingMail> list =
        em.createQuery(
            "select m from OutgoingMail m" + where + " order by m.id desc", OutgoingMail.class);
    TypedQuery<Long> count =
        em.createQuery("select count(m) from OutgoingMail m" + where, Long.class);
    if (status != null) {
      list.setParameter("status", status);
      count.setParameter("status", status);
    }
    return JpaPages.page(list, count, page);
  }

  public OutgoingMail mail(long id, Caller caller) {
    OutgoingMail mail = em.find(OutgoingMail.class, id);
    if (mail == null || !(caller.seesAll() || caller.identifier().equals(mail.visibleTo()))) {
      throw new NotFoundException("e-mail", id);
    }
    return mail;
  }

  /** Sends a failed, skipped or uncertain e-mail again, as it was composed. */
  public OutgoingMail resend(long id, Caller caller) {
    OutgoingMail mail = mail(id, caller);
    if (mail.status() == MailStatus.QUEUED) {
      throw new ConflictException("e-mail " + id + " is still queued; it is sent by itself", null);
    }
    if (mail.status() == MailStatus.SENT) {
      throw new ConflictException("e-mail " + id + " was sent; it is not sent twice", null);
    }
    mail.resend(clock.instant());
    queued.fire(new WorkQueued(MailSender.KIND, id));
    return mail;
  }
}
