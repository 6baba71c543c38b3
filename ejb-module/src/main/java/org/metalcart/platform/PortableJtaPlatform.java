package org.metalcart.platform;

import jakarta.transaction.TransactionManager;
import jakarta.transaction.UserTransaction;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.hibernate.engine.transaction.jta.platform.internal.AbstractJtaPlatform;

/**
 * Lets the Hibernate bundled with Metalcart join the server's JTA transactions on WildFly and on
 * Payara alike. Each of Hibernate's own platforms serves one server only (SunOneJtaPlatform fails
 * on WildFly; auto-detection fails on Payara), so this one looks under both servers' JNDI names.
 */
public class PortableJtaPlatform extends AbstractJtaPlatform {

  private static final long serialVersionUID = 1L;

  @Override
  protected TransactionManager locateTransactionManager() {
    return lookup(
        TransactionManager.class,
        "java:jboss/TransactionManager",
        "java:appserver/TransactionManager");
  }

  @Override
  protected UserTransaction locateUserTransaction() {
    return lookup(UserTransaction.class, "java:jboss/UserTransaction", "java:comp/UserTransaction");
  }

  private static <T> T lookup(Class<T> type, String... names) {
    NamingException last = null;
    for (String name : names) {
      try {
        return type.cast(new InitialContext().lookup(name));
      } catch (NamingException e) {
        last = e;
      }
    }
    throw new IllegalStateException(
        "No " + type.getSimpleName() + " under " + String.join(" or ", names), last);
  }
}
