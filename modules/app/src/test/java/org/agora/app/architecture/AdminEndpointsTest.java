package org.agora.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import org.agora.app.testing.AdminEndpoints;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.entity.AgoraPrincipal;
import org.junit.jupiter.api.Test;

/**
 * Which endpoints are for admins is read from the resources' {@code @RolesAllowed}, and must be
 * exactly the list AdminRolesIT tries against a running node: an annotation dropped, or an admin
 * endpoint added without one, fails here.
 */
class AdminEndpointsTest {

  @Test
  void theAdminOnlyEndpointsAreExactlyTheListedOnes() {
    assertThat(AdminEndpoints.annotated()).containsExactlyElementsOf(AdminEndpoints.listed());
  }

  @Test
  void everyListedEndpointExists() {
    assertThat(AdminEndpoints.declared()).containsAll(AdminEndpoints.listed());
  }

  @Test
  void everythingUnderAdminIsForAdminsOnly() {
    java.util.Set<String> annotated = AdminEndpoints.annotated();
    assertThat(AdminEndpoints.declared().stream().filter(e -> e.split(" ")[1].startsWith("admin/")))
        .isNotEmpty()
        .allSatisfy(endpoint -> assertThat(annotated).contains(endpoint));
  }

  /** Whether the caller is an admin is the container's question, asked by @RolesAllowed. */
  @Test
  void noResourceChecksTheAdminRoleByHand() {
    noClasses()
        .that()
        .areAnnotatedWith(Path.class)
        .should()
        .callMethod(CurrentUser.class, "isAdmin")
        .orShould()
        .callMethod(AgoraPrincipal.class, "admin")
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.agora"));
  }
}
