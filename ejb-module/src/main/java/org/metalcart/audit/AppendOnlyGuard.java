package org.metalcart.audit;

import java.util.Locale;
import java.util.regex.Pattern;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Refuses every statement that would change or remove an audit entry, before it reaches the
 * database: Hibernate's {@code @Immutable} ignores changes to a loaded entry, but it still deletes
 * one ({@code em.remove}, a delete query), and native SQL passes it by. Every statement Hibernate
 * prepares passes here, on every database (PostgreSQL's trigger is a second lock on the same door).
 */
public class AppendOnlyGuard implements StatementInspector {

  private static final Pattern CHANGES_THE_TRAIL =
      Pattern.compile(
          "^\\s*(update|delete\\s+from|delete|truncate(\\s+table)?|merge\\s+into|alter\\s+table"
              + "|drop\\s+table)\\s+(\"?metalcart\"?\\.)?\"?audit_entry\\b.*",
          Pattern.DOTALL);

  @Override
  public String inspect(String sql) {
    if (CHANGES_THE_TRAIL.matcher(sql.toLowerCase(Locale.ROOT)).matches()) {
      throw new IllegalStateException("The audit trail is append-only: " + firstWords(sql));
    }
    return sql;
  }

  private static String firstWords(String sql) {
    String line = sql.strip().replaceAll("\\s+", " ");
    return line.length() <= 60 ? line : line.substring(0, 60) + "…";
  }
}
