package org.metalcart.audit;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Hands the {@link AuditRecorder} to Hibernate when the persistence unit starts. Found by
 * Hibernate's service loader (META-INF/services of this jar), which looks through the persistence
 * unit's class loader: named in persistence.xml instead ({@code hibernate.integrator_provider}),
 * Hibernate loads the class with {@code Class.forName} from its own jar, which in the EAR
 * (Hibernate in lib/) cannot see this module, and Payara Server failed the deployment.
 */
public class AuditIntegration implements Integrator {

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
      SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
    // nothing held
  }
}
