package org.metalcart.audit;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.CollectionType;
import org.hibernate.type.Type;

/**
 * Records every row a request of staff or of an API credential inserts, changes or removes, with
 * the values before and after, as Hibernate writes it: the entry is written on the same connection
 * in the same transaction, so it commits with the change or not at all, and no change of an
 * identified request escapes it, whichever capability made it.
 *
 * <p>Plain JDBC, not an entity: a listener runs inside Hibernate's flush, where persisting another
 * entity is not allowed.
 */
final class AuditRecorder
    implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

  static final String INSERT =
      "INSERT INTO \"metalcart\".audit_entry (occurred_at, request_id, actor, actor_kind, role,"
          + " address, channel, action, request, change_kind, subject, subject_id,"
          + " before_values, after_values) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** An entry's values are cut beyond this (the column's size); no entity comes near it. */
  static final int MAX_VALUES = 100_000;

  @Override
  public void onPostInsert(PostInsertEvent event) {
    record(
        event.getPersister(),
        event.getSession(),
        event.getId(),
        AuditChange.CREATED,
        null,
        event.getState());
  }

  @Override
  public void onPostUpdate(PostUpdateEvent event) {
    record(
        event.getPersister(),
        event.getSession(),
        event.getId(),
        AuditChange.CHANGED,
        event.getOldState(),
        event.getState());
  }

  @Override
  public void onPostDelete(PostDeleteEvent event) {
    record(
        event.getPersister(),
        event.getSession(),
        event.getId(),
        AuditChange.REMOVED,
        event.getDeletedState(),
        null);
  }

  /**
   * Records one row's change when this thread serves an identified request: every field of a
   * created or removed row; of a changed one, the fields whose values differ (all of them, with no
   * before, when Hibernate does not know the old state). A collection's old value is the snapshot
   * taken when it was loaded.
   */
  private static void record(
      EntityPersister persister,
      EventSource session,
      Object id,
      AuditChange change,
      Object[] old,
      Object[] now) {
    if (persister.getMappedClass().isAnnotationPresent(NotAudited.class)) {
      return;
    }
    AuditScope.recording()
        .ifPresent(
            scope -> {
              Map<String, Object> before = old == null ? null : new LinkedHashMap<>();
              Map<String, Object> after = now == null ? null : new LinkedHashMap<>();
              forEachProperty(
                  persister,
                  (i, name, type) -> {
                    Object was =
                        old == null
                            ? null
                            : type instanceof CollectionType
                                ? AuditValues.snapshot(old[i])
                                : old[i];
                    Object is = now == null ? null : now[i];
                    Object previous = value(persister, name, type, was, session);
                    Object current = value(persister, name, type, is, session);
                    boolean changed =
                        change != AuditChange.CHANGED
                            || old == null
                            || (AuditValues.redacted(persister.getMappedClass(), name)
                                ? !type.isEqual(was, is)
                                : !Objects.equals(previous, current));
                    if (changed) {
                      if (before != null) {
                        before.put(name, previous);
                      }
                      if (after != null) {
                        after.put(name, current);
                      }
                    }
                  });
              if (change != AuditChange.CHANGED || !after.isEmpty()) {
                write(session, scope, change, persister, id, before, after);
              }
            });
  }

  @Override
  public boolean requiresPostCommitHandling(EntityPersister persister) {
    return false;
  }

  private interface PropertyVisitor {
    void visit(int index, String name, Type type);
  }

  /**
   * Every persistent property but the row version, which changes with every write, and the inverse
   * side of an association (a service's events): that belongs to the other entity, recorded when it
   * changes.
   */
  private static void forEachProperty(EntityPersister persister, PropertyVisitor visitor) {
    String[] names = persister.getPropertyNames();
    Type[] types = persister.getPropertyTypes();
    int version = persister.isVersioned() ? persister.getVersionProperty() : -1;
    for (int i = 0; i < names.length; i++) {
      if (i != version && !inverse(persister, types[i])) {
        visitor.visit(i, names[i], types[i]);
      }
    }
  }

  private static boolean inverse(EntityPersister persister, Type type) {
    return type instanceof CollectionType collection
        && persister
            .getFactory()
            .getMappingMetamodel()
            .getCollectionDescriptor(collection.getRole())
            .isInverse();
  }

  private static Object value(
      EntityPersister persister, String name, Type type, Object value, EventSource session) {
    if (AuditValues.redacted(persister.getMappedClass(), name)) {
      return AuditValues.redactedValue(value);
    }
    return AuditValues.plain(value, type, session);
  }

  private static void write(
      EventSource session,
      AuditScope scope,
      AuditChange change,
      EntityPersister persister,
      Object id,
      Map<String, Object> before,
      Map<String, Object> after) {
    String subject = persister.getMappedClass().getSimpleName();
    String subjectId = id == null ? null : id.toString();
    String beforeJson = AuditValues.clip(AuditValues.json(before), MAX_VALUES);
    String afterJson = AuditValues.clip(AuditValues.json(after), MAX_VALUES);
    session.doWork(
        connection -> {
          try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, OffsetDateTime.ofInstant(scope.at(), ZoneOffset.UTC));
            insert.setString(2, scope.requestId());
            insert.setString(3, scope.actor());
            insert.setString(4, scope.actorKind().name());
            if (scope.role() == null) {
              insert.setNull(5, Types.VARCHAR);
            } else {
              insert.setString(5, scope.role());
            }
            insert.setString(6, scope.address());
            insert.setString(7, scope.channel().name());
            insert.setString(8, scope.action());
            insert.setString(9, scope.request());
            insert.setString(10, change.name());
            insert.setString(11, subject);
            insert.setString(12, subjectId);
            insert.setString(13, beforeJson);
            insert.setString(14, afterJson);
            insert.executeUpdate();
          }
        });
  }
}
