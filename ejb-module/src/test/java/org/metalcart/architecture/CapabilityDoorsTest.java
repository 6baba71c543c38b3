package org.metalcart.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metalcart.provisioning.CommandOutcome;
import org.metalcart.provisioning.CommandResult;
import org.metalcart.provisioning.ModuleCommand;
import org.metalcart.provisioning.ModuleCommandFinished;
import org.metalcart.provisioning.ModuleCommands;
import org.metalcart.provisioning.ModuleTask;
import org.metalcart.provisioning.ProvisioningSettings;

/**
 * The shape of the business core, checked on its compiled classes: each capability is entered
 * through its door, and what happened leaves as events. A change that reaches into another
 * capability's internals fails here, with the offending call named.
 */
class CapabilityDoorsTest {

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.metalcart");
  }

  @Test
  void provisioningIsEnteredOnlyThroughModuleCommands() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.metalcart.provisioning..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.metalcart.provisioning..")
                .and(
                    not(
                        belongToAnyOf(
                            // the door and the words it speaks
                            ModuleCommands.class,
                            ModuleCommand.class,
                            CommandResult.class,
                            CommandOutcome.class,
                            ModuleTask.class,
                            ModuleCommandFinished.class,
                            // the default domain of a hostname an order names none for
                            ProvisioningSettings.class))))
        .because("ModuleCommands is the one door into provisioning")
        .check(core);
  }

  @Test
  void billingKnowsNothingOfRenewalOrProvisioning() {
    noClasses()
        .that()
        .resideInAPackage("org.metalcart.billing..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.metalcart.renewal..", "org.metalcart.provisioning..")
        .because("renewal observes billing's events; billing does not call renewal")
        .check(core);
  }

  @Test
  void provisioningKnowsNothingOfRenewalOrJobs() {
    noClasses()
        .that()
        .resideInAPackage("org.metalcart.provisioning..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.metalcart.renewal..", "org.metalcart.jobs..")
        .because("renewal and the nightly jobs call provisioning's door and observe its events")
        .check(core);
  }

  @Test
  void theWorkQueueServesEveryKindWithoutKnowingAny() {
    noClasses()
        .that()
        .resideInAPackage("org.metalcart.queue..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.metalcart.provisioning..",
            "org.metalcart.notifications..",
            "org.metalcart.webhooks..")
        .check(core);
  }

  @Test
  void theAuditTrailKnowsNoCapability() {
    noClasses()
        .that()
        .resideInAPackage("org.metalcart.audit..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.metalcart.catalog..",
            "org.metalcart.clients..",
            "org.metalcart.ordering..",
            "org.metalcart.billing..",
            "org.metalcart.services..",
            "org.metalcart.provisioning..",
            "org.metalcart.renewal..",
            "org.metalcart.jobs..",
            "org.metalcart.security..",
            "org.metalcart.notifications..",
            "org.metalcart.webhooks..",
            "org.metalcart.events..",
            "org.metalcart.stock..",
            "org.metalcart.dcim..")
        .because(
            "it learns what changed from Hibernate's metadata, whichever capability changed it")
        .check(core);
  }
}
