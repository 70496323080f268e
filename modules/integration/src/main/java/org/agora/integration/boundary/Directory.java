package org.agora.integration.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ServiceUnavailableException;
import java.util.List;
import java.util.Map;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.integration.control.DirectoryLinks;
import org.agora.integration.control.DirectorySync;
import org.agora.integration.entity.SyncReport;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.Roles;

/**
 * The directory sync as admins use it. Not transactional itself: the sync changes people one
 * transaction at a time, so a bad entry never undoes the others.
 */
@ApplicationScoped
@RolesAllowed(Roles.ADMIN)
public class Directory {

  @Inject DirectorySync sync;
  @Inject DirectoryLinks links;
  @Inject CommunityAccess communities;
  @Inject CurrentUser currentUser;

  public SyncReport sync() {
    if (!sync.configured()) {
      throw new ServiceUnavailableException("No directory is configured (agora.ldap.url).");
    }
    return sync.sync();
  }

  public List<String> runs() {
    return links.lastRuns(20);
  }

  public List<Map<String, Object>> bindings() {
    return links.bindings().stream()
        .map(b -> Map.<String, Object>of("id", b.id(), "communityId", b.communityId(), "groupDn", b.groupDn()))
        .toList();
  }

  public Map<String, Object> bind(BindingRequest request) {
    AgoraPrincipal admin = currentUser.required();
    if (!communities.canSee(admin, request.communityId)) {
      throw new NotFoundException("No community with id " + request.communityId);
    }
    long id = links.bind(request.communityId, request.groupDn.strip(), admin.id());
    return Map.of("id", id, "communityId", request.communityId, "groupDn", request.groupDn.strip());
  }
}
