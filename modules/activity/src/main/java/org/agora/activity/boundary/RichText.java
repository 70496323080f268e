package org.agora.activity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.agora.activity.control.ActivityWriter;
import org.agora.activity.control.MarkdownRenderer;
import org.agora.platform.boundary.UserText;

/**
 * Markdown as posts have it (emphasis, lists, links, {@code @mentions} of active colleagues as
 * links, sanitized HTML), for texts other modules keep: an event's description.
 */
@ApplicationScoped
@Transactional
public class RichText {

  @Inject ActivityWriter writer;

  public String html(String markdown) {
    String clean = UserText.plain(markdown);
    return MarkdownRenderer.html(clean, writer.activePeople(MarkdownRenderer.references(clean)));
  }
}
