package org.metalcart.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.metalcart.shared.InvalidInputException;

/** The table of rights, as staff roles are described to operators. */
class PermissionTest {

  @Test
  void anAdministratorMayDoEverything() {
    assertEquals(EnumSet.allOf(Permission.class), permissionsOf(ApiRole.ADMIN));
  }

  @Test
  void supportHasClientsServicesAndModuleCommandsButNoPlansSettingsStaffOrCredentials() {
    assertEquals(
        EnumSet.of(
            Permission.READ,
            Permission.READ_OPERATIONS,
            Permission.MANAGE_CLIENTS,
            Permission.PLACE_ORDERS,
            Permission.REVIEW_ORDERS,
            Permission.RUN_MODULE_COMMANDS,
            Permission.RENEW_SERVICES,
            Permission.EDIT_SERVICES,
            Permission.CONTROL_SERVERS,
            Permission.RESEND_EMAILS),
        permissionsOf(ApiRole.SUPPORT));
  }

  @Test
  void billingHasInvoicesPaymentsAndRenewals() {
    assertEquals(
        EnumSet.of(
            Permission.READ,
            Permission.READ_OPERATIONS,
            Permission.RECORD_PAYMENTS,
            Permission.GENERATE_INVOICES,
            Permission.RENEW_SERVICES,
            Permission.EDIT_SERVICES),
        permissionsOf(ApiRole.BILLING));
  }

  @Test
  void readOnlyOnlyReads() {
    assertEquals(
        EnumSet.of(Permission.READ, Permission.READ_OPERATIONS), permissionsOf(ApiRole.READ_ONLY));
  }

  @Test
  void programsKeepWhatTheyHad() {
    assertFalse(ApiRole.CART.may(Permission.READ_OPERATIONS));
    assertFalse(ApiRole.CART.may(Permission.RUN_MODULE_COMMANDS));
    assertFalse(ApiRole.CART.may(Permission.GENERATE_INVOICES));
    assertTrue(ApiRole.CART.may(Permission.CONTROL_SERVERS));
    assertEquals(EnumSet.of(Permission.READ_METRICS), permissionsOf(ApiRole.MONITORING));
    assertFalse(ApiRole.CART.seesAll(), "a cart sees only its own");
    assertTrue(ApiRole.READ_ONLY.seesAll());
  }

  @Test
  void onlyTheFourStaffRolesAreForStaffAndTheirNamesAreTheContainers() {
    assertEquals(
        Set.of(ApiRole.ADMIN, ApiRole.SUPPORT, ApiRole.BILLING, ApiRole.READ_ONLY), ApiRole.STAFF);
    assertEquals("read-only", ApiRole.READ_ONLY.roleName());
    assertEquals(ApiRole.READ_ONLY_NAME, ApiRole.READ_ONLY.roleName());
    assertThrows(InvalidInputException.class, () -> StaffAccounts.checkRole(ApiRole.CART));
    assertThrows(InvalidInputException.class, () -> StaffAccounts.checkRole(null));
  }

  @Test
  void aChangeOfRoleOrPasswordMakesEarlierSessionsInvalidAndNothingElseDoes() {
    StaffAccount account = new StaffAccount("ops", "hash-1", "Ops", ApiRole.SUPPORT, Instant.EPOCH);
    StaffMember session = account.member();
    account.signedIn(Instant.EPOCH.plusSeconds(60));
    assertTrue(session.stillValid(account.member()), "a sign-in elsewhere ends nothing");

    account.changeRole(ApiRole.SUPPORT);
    assertTrue(session.stillValid(account.member()), "the same role is no change");

    account.changeRole(ApiRole.BILLING);
    assertFalse(session.stillValid(account.member()));
    StaffMember billing = account.member();
    assertEquals(ApiRole.BILLING, billing.role());

    account.changePassword("hash-2");
    assertFalse(billing.stillValid(account.member()));
    assertNotEquals(billing.sessionEpoch(), account.sessionEpoch());
  }

  private static Set<Permission> permissionsOf(ApiRole role) {
    Set<Permission> permissions = EnumSet.noneOf(Permission.class);
    for (Permission permission : Permission.values()) {
      if (role.may(permission)) {
        permissions.add(permission);
      }
    }
    return permissions;
  }
}
