package org.agora.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.agora.app.testing.AdminEndpoints;
import org.agora.app.testing.AdminEndpoints.Endpoint;
import org.agora.app.testing.Api;
import org.agora.app.testing.Colleagues;
import org.agora.app.testing.SharedNode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every admin endpoint (AdminEndpoints) as three callers meet it: a stranger is asked to sign in,
 * an ordinary colleague is refused with a 403 problem, an admin gets through.
 */
@SharedNode
class AdminRolesIT {

  @SharedNode.Base URL base;

  @Test
  void anOrdinaryColleagueIsRefusedEveryAdminEndpointWithAProblem() {
    Api colleague = Colleagues.of(base, "Engineering").as(1);
    assertThat(colleague.get("api/v1/me").json().getBoolean("admin")).isFalse();
    SoftAssertions softly = new SoftAssertions();
    for (Endpoint endpoint : AdminEndpoints.ALL) {
      Api.Answer answer = send(colleague, endpoint);
      softly.assertThat(answer.status()).as(endpoint.name() + " answered " + answer).isEqualTo(403);
      softly.assertThat(answer.contentType()).as(endpoint.name()).startsWith("application/problem+json");
      if (answer.contentType().startsWith("application/problem+json")) {
        softly.assertThat(answer.json().getInt("status")).as(endpoint.name()).isEqualTo(403);
      }
    }
    softly.assertAll();
  }

  @Test
  void aStrangerIsAskedToSignIn() {
    Api stranger = Api.anonymous(base);
    SoftAssertions softly = new SoftAssertions();
    for (Endpoint endpoint : AdminEndpoints.ALL) {
      Api.Answer answer = send(stranger, endpoint);
      softly.assertThat(answer.status()).as(endpoint.name() + " answered " + answer).isEqualTo(401);
      softly.assertThat(answer.contentType()).as(endpoint.name()).startsWith("application/problem+json");
    }
    softly.assertAll();
  }

  @Test
  void anAdminGetsThroughToEveryAdminEndpoint() {
    Api admin = Colleagues.admin(base);
    SoftAssertions softly = new SoftAssertions();
    for (Endpoint endpoint : AdminEndpoints.ALL) {
      Api.Answer answer = send(admin, endpoint);
      softly.assertThat(answer.status()).as(endpoint.name() + " answered " + answer).isNotIn(401, 403, 500);
    }
    softly.assertAll();
  }

  private static Api.Answer send(Api caller, Endpoint endpoint) {
    String path = "api/v1/" + endpoint.request();
    return switch (endpoint.method()) {
      case "GET" -> caller.get(path);
      case "POST" -> caller.post(path, endpoint.body());
      case "PUT" -> caller.put(path, endpoint.body());
      case "DELETE" -> caller.delete(path);
      default -> throw new IllegalArgumentException("Add " + endpoint.method() + " to AdminRolesIT.send");
    };
  }
}
