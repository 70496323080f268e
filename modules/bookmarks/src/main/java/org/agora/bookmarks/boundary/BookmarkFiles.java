package org.agora.bookmarks.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agora.bookmarks.control.NetscapeBookmarks;
import org.agora.bookmarks.control.UrlNormalizer;
import org.agora.bookmarks.entity.BookmarkView;
import org.agora.platform.boundary.PageRequest;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.Refusal;

/**
 * Import and export of browser bookmark files. An import is one transaction: it is applied whole
 * or not at all, and reports what was added, updated and skipped, and why.
 */
@ApplicationScoped
@Transactional
public class BookmarkFiles {

  public static final int MAX_BYTES = 5 * 1024 * 1024;
  public static final int MAX_ENTRIES = 20_000;

  @Inject Bookmarks bookmarks;

  public record Skipped(String url, String reason) {}

  public record ImportReport(int added, int updated, List<Skipped> skipped) {}

  public ImportReport importFile(AgoraPrincipal owner, String html) {
    List<NetscapeBookmarks.Entry> entries = NetscapeBookmarks.parse(html);
    if (entries.isEmpty()) {
      throw new BadRequestException("file: not a bookmark file (no links found); export one from your browser");
    }
    if (entries.size() > MAX_ENTRIES) {
      throw new BadRequestException("file: at most " + MAX_ENTRIES + " bookmarks per import");
    }
    int added = 0;
    int updated = 0;
    List<Skipped> skipped = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (NetscapeBookmarks.Entry entry : entries) {
      String url;
      try {
        url = UrlNormalizer.normalize(entry.url());
      } catch (Refusal notALink) {
        skipped.add(new Skipped(entry.url(), notALink.problem()));
        continue;
      }
      if (!seen.add(url)) {
        skipped.add(new Skipped(entry.url(), "appears twice in the file"));
        continue;
      }
      BookmarkRequest request = new BookmarkRequest();
      request.url = url;
      request.title = entry.title();
      request.description = entry.description();
      request.tags = List.copyOf(entry.tags());
      if (bookmarks.save(owner, request).created()) {
        added++;
      } else {
        updated++;
      }
    }
    return new ImportReport(added, updated, skipped);
  }

  /** All of the owner's bookmarks, newest first, as a file browsers import. */
  public String export(AgoraPrincipal owner) {
    List<NetscapeBookmarks.Entry> entries = new ArrayList<>();
    String cursor = null;
    do {
      var page = bookmarks.list(owner, new Bookmarks.Filter(null, owner.id(), null), PageRequest.of(PageRequest.MAX_LIMIT, cursor));
      for (BookmarkView b : page.items()) {
        entries.add(new NetscapeBookmarks.Entry(b.url(), b.title(), b.description(), new java.util.LinkedHashSet<>(b.tags()), b.createdAt()));
      }
      cursor = page.next();
    } while (cursor != null);
    return NetscapeBookmarks.write(entries);
  }
}
