package org.agora.integration.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import javax.naming.NamingException;
import org.agora.communities.boundary.CommunityAccess;
import org.agora.communities.boundary.Memberships;
import org.agora.communities.entity.Membership;
import org.agora.integration.control.DirectoryReader.Entry;
import org.agora.integration.entity.SyncReport;
import org.agora.people.boundary.Accounts;
import org.agora.people.boundary.PersonDirectory;
import org.agora.people.boundary.ProfileUpdate;
import org.agora.people.boundary.Profiles;
import org.agora.people.entity.Person;
import org.agora.platform.boundary.JsonbConfigurator;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.SchemaMigrated;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports people and departments from LDAP and keeps bound communities in step with directory
 * groups. All changes go through the people and communities services, one transaction each, so
 * one bad entry is reported and skipped while the rest goes on. People are never deleted: those
 * who left the directory are deactivated, and reactivated if they come back.
 */
@ApplicationScoped
public class DirectorySync {

  private static final Logger LOG = Logger.getLogger(DirectorySync.class.getName());
  /** The sync acts as an administrator of its own; audit entries name the directory. */
  static final AgoraPrincipal SYNC = new AgoraPrincipal(0, "directory-sync", true);

  @Inject Accounts accounts;
  @Inject Profiles profiles;
  @Inject Memberships memberships;
  @Inject CommunityAccess access;
  @Inject DirectoryLinks links;
  @Inject PersonDirectory directory;
  @Inject Clock clock;
  @Resource ManagedScheduledExecutorService scheduler;

  @Inject @ConfigProperty(name = "agora.ldap.url") Optional<String> url;
  @Inject @ConfigProperty(name = "agora.ldap.bind-dn") Optional<String> bindDn;
  @Inject @ConfigProperty(name = "agora.ldap.password") Optional<String> password;
  @Inject @ConfigProperty(name = "agora.ldap.base-dn") Optional<String> baseDn;
  @Inject @ConfigProperty(name = "agora.ldap.people-filter", defaultValue = "(objectClass=inetOrgPerson)") String peopleFilter;
  @Inject @ConfigProperty(name = "agora.ldap.attr.username", defaultValue = "uid") String usernameAttribute;
  @Inject @ConfigProperty(name = "agora.ldap.attr.name", defaultValue = "cn") String nameAttribute;
  @Inject @ConfigProperty(name = "agora.ldap.attr.email", defaultValue = "mail") String emailAttribute;
  @Inject @ConfigProperty(name = "agora.ldap.attr.title", defaultValue = "title") String titleAttribute;
  @Inject @ConfigProperty(name = "agora.ldap.attr.department", defaultValue = "departmentNumber") String departmentAttribute;
  @Inject @ConfigProperty(name = "agora.ldap.member-attribute", defaultValue = "member") String memberAttribute;
  @Inject @ConfigProperty(name = "agora.ldap.sync-minutes", defaultValue = "60") int syncMinutes;
  @Inject @ConfigProperty(name = "agora.ldap.timeout-ms", defaultValue = "10000") int timeoutMillis;

  private final ReentrantLock running = new ReentrantLock();
  private ScheduledFuture<?> schedule;

  void start(@Observes SchemaMigrated schema) {
    if (url.isPresent() && syncMinutes > 0) {
      schedule = scheduler.scheduleWithFixedDelay(this::scheduled, syncMinutes, syncMinutes, TimeUnit.MINUTES);
    }
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }

  private void scheduled() {
    try {
      sync();
    } catch (RuntimeException e) {
      LOG.warning("directory: scheduled sync failed: " + e);
    }
  }

  public boolean configured() {
    return url.isPresent();
  }

  /** Runs one sync now (one at a time on this node) and answers what it changed. */
  @ActivateRequestContext
  public SyncReport sync() {
    running.lock();
    try {
      return syncNow();
    } finally {
      running.unlock();
    }
  }

  private SyncReport syncNow() {
    Instant started = Instant.now(clock);
    Changes changes = new Changes();
    DirectoryReader reader = new DirectoryReader(url.orElseThrow(), bindDn.orElse(null), password.orElse(null), timeoutMillis);
    List<Entry> entries;
    try {
      entries = reader.search(baseDn.orElse(""), peopleFilter,
          List.of(usernameAttribute, nameAttribute, emailAttribute, titleAttribute, departmentAttribute));
    } catch (NamingException e) {
      String reason = "directory " + url.get() + " could not be read: " + e;
      LOG.warning("directory: " + reason + "; nothing changed");
      changes.problems.add(reason);
      return finish(started, "FAILED", changes);
    }
    Map<String, Long> known = links.people();
    Set<Long> seen = new HashSet<>();
    for (Entry entry : entries) {
      try {
        person(entry, known, changes).ifPresent(seen::add);
      } catch (RuntimeException e) {
        problem(changes, "entry " + entry.dn() + ": " + e.getMessage());
      }
    }
    for (Map.Entry<String, Long> link : links.people().entrySet()) {
      if (!seen.contains(link.getValue()) && entries.stream().noneMatch(e -> e.dn().equalsIgnoreCase(link.getKey()))) {
        try {
          if (accounts.setActive(SYNC, link.getValue(), false)) {
            links.markDeactivated(link.getValue(), true);
            changes.deactivated.add(link.getKey());
          }
        } catch (RuntimeException e) {
          problem(changes, "entry " + link.getKey() + ": could not deactivate: " + e.getMessage());
        }
      }
    }
    for (DirectoryLinks.Binding binding : links.bindings()) {
      group(reader, binding, changes);
    }
    return finish(started, changes.problems.isEmpty() ? "OK" : "PARTIAL", changes);
  }

  /** Creates or updates the person of one entry; answers their id, or empty when skipped. */
  private Optional<Long> person(Entry entry, Map<String, Long> known, Changes changes) {
    String username = entry.get(usernameAttribute);
    String name = entry.get(nameAttribute);
    if (blank(username) || blank(name)) {
      problem(changes, "entry " + entry.dn() + ": missing attribute " + (blank(username) ? usernameAttribute : nameAttribute)
          + ", skipped");
      Long existing = known.get(entry.dn().toLowerCase());
      return Optional.ofNullable(existing); // a known person with a broken entry is not deactivated for it
    }
    Long departmentId = department(entry.get(departmentAttribute));
    Long id = known.get(entry.dn().toLowerCase());
    if (id == null) {
      Optional<Person> sameName = accounts.findByUsername(username);
      if (sameName.isEmpty()) {
        id = accounts.create(new Accounts.NewPerson(username, name, entry.get(emailAttribute), entry.get(titleAttribute),
            departmentId, null, null, null, null, null, false));
        links.link(entry.dn(), id);
        changes.created.add(username);
        return Optional.of(id);
      }
      id = sameName.get().getId(); // an existing local account: the directory takes it over
      links.link(entry.dn(), id);
    }
    Person current = directory.visible(SYNC, id);
    ProfileUpdate update = new ProfileUpdate();
    boolean changed = false;
    if (!name.equals(current.getDisplayName())) { update.displayName = name; changed = true; }
    String email = entry.get(emailAttribute);
    if (email != null && !email.equals(current.getEmail())) { update.email = email; changed = true; }
    String title = entry.get(titleAttribute);
    if (title != null && !title.equals(current.getTitle())) { update.title = title; changed = true; }
    Long currentDepartment = current.getDepartment() == null ? null : current.getDepartment().getId();
    boolean moved = departmentId != null && !Objects.equals(departmentId, currentDepartment);
    if (moved) { update.departmentId = departmentId; changed = true; }
    if (changed) {
      profiles.update(SYNC, id, update);
      (moved ? changes.moved : changes.updated).add(username);
    }
    if (links.deactivatedBySync(id) && accounts.setActive(SYNC, id, true)) {
      links.markDeactivated(id, false);
      changes.reactivated.add(username);
    }
    return Optional.of(id);
  }

  private Long department(String name) {
    if (blank(name)) {
      return null;
    }
    return accounts.departmentNamed(name).orElseGet(() -> accounts.createDepartment(name, null));
  }

  /** Members of the group become members of the community; those the sync added leave with the group. */
  private void group(DirectoryReader reader, DirectoryLinks.Binding binding, Changes changes) {
    List<String> memberDns;
    try {
      memberDns = reader.values(binding.groupDn(), memberAttribute);
    } catch (NamingException e) {
      problem(changes, "group " + binding.groupDn() + " (community " + binding.communityId() + "): could not be read: " + e
          + "; its community was left as it is");
      return;
    }
    Map<String, Long> people = links.people();
    Set<Long> members = new HashSet<>();
    for (String dn : memberDns) {
      Long id = people.get(dn.toLowerCase());
      if (id != null && !links.deactivatedBySync(id)) {
        members.add(id);
      }
    }
    AgoraPrincipal inviter = new AgoraPrincipal(binding.createdBy(), "directory-sync", true);
    for (long personId : members) {
      Optional<Membership> membership = access.membership(personId, binding.communityId());
      if (membership.map(Membership::isActive).orElse(false)) {
        continue; // already a member, perhaps by themselves: the sync does not take over
      }
      try {
        memberships.invite(inviter, binding.communityId(), personId);
        if (!access.membership(personId, binding.communityId()).map(Membership::isActive).orElse(false)) {
          memberships.join(new AgoraPrincipal(personId, "directory-sync", false), binding.communityId(), true);
        }
        links.addSyncedMember(binding.communityId(), personId);
        changes.joined.add("person " + personId + " -> community " + binding.communityId());
      } catch (RuntimeException e) {
        problem(changes, "group " + binding.groupDn() + ": person " + personId + " could not join community "
            + binding.communityId() + ": " + e.getMessage());
      }
    }
    for (long personId : links.syncedMembers(binding.communityId())) {
      if (members.contains(personId)) {
        continue;
      }
      try {
        if (access.membership(personId, binding.communityId()).isPresent()) {
          memberships.remove(inviter, binding.communityId(), personId);
        }
        links.removeSyncedMember(binding.communityId(), personId);
        changes.left.add("person " + personId + " <- community " + binding.communityId());
      } catch (RuntimeException e) {
        problem(changes, "group " + binding.groupDn() + ": person " + personId + " could not leave community "
            + binding.communityId() + ": " + e.getMessage());
      }
    }
  }

  private SyncReport finish(Instant started, String status, Changes changes) {
    SyncReport report = new SyncReport(status, changes.created, changes.updated, changes.moved, changes.deactivated,
        changes.reactivated, changes.joined, changes.left, changes.problems);
    links.recordRun(started, status, JsonbConfigurator.jsonb().toJson(report));
    LOG.info(() -> "directory: sync " + status + ": " + changes.created.size() + " created, " + changes.updated.size()
        + " updated, " + changes.moved.size() + " moved, " + changes.deactivated.size() + " deactivated, "
        + changes.reactivated.size() + " reactivated, " + changes.joined.size() + " joined, " + changes.left.size() + " left, "
        + changes.problems.size() + " problems");
    return report;
  }

  private static void problem(Changes changes, String problem) {
    LOG.warning("directory: " + problem);
    changes.problems.add(problem);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static final class Changes {
    final List<String> created = new ArrayList<>();
    final List<String> updated = new ArrayList<>();
    final List<String> moved = new ArrayList<>();
    final List<String> deactivated = new ArrayList<>();
    final List<String> reactivated = new ArrayList<>();
    final List<String> joined = new ArrayList<>();
    final List<String> left = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
  }
}
