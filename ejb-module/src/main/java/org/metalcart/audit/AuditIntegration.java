package org.metalcart.audit;

import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;

/**
 * Hands the {@link AuditRecorder} to Hibernate when the persistence unit starts. Named in
 * persistence.xml ({@code hibernate.integrator_provider}) rather than found by the service loader,
 * so that it is plain to see and works alike on every server, whichever class loader finds
 * Hibernate's services there.
 */
public class AuditIntegration implements IntegratorProvider {

  @Override
  public List<Integrator> getIntegrators() {
    return List.of(new RecorderIntegrator());
  }

  private static final class RecorderIntegrator implements Integrator {

    @Override
    public void integrate(
        Metadata metadata,
        BootstrapContext bootstrapContext,
        SessionFactoryImplementor sessionFactory) {
      AuditRecorder recorder = new AuditRecorder();
      EventListenerRegistry listeners =
          sessionFactory.getServiceRegistry().getService(EventListenerRegistry.class);
      listeners.appendListeners(EventType.POST_INSERT, recorder);
      listeners.appendListeners(EventType.POST_UPDATE, recorder);
      listeners.appendListeners(EventType.POST_DELETE, recorder);
    }

    @Override
    public void disintegrate(
        SessionFactoryImplementor sessionFactory,
        org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
      // nothing held
    }
  }
}
