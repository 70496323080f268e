package org.agora.ui.home;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.agora.activity.boundary.PollRequest;
import org.agora.activity.boundary.PostRequest;
import org.agora.communities.entity.CommunityView;
import org.agora.people.boundary.PersonDirectory;
import org.agora.platform.boundary.CurrentUser;
import org.agora.search.boundary.Search;

/**
 * Writing a post: the text with completion for the @mention or #tag being typed at its end, and
 * where it goes: my profile or a community I belong to, optionally with a poll. "Post" is enabled
 * once there is text.
 */
class Composer extends VerticalLayout {

  /** Posts text, with a poll or without, to my profile (community null) or a community; answers whether it went through. */
  interface Poster {
    boolean post(String text, Long communityId, PollRequest poll);
  }

  private final TextArea text = new TextArea();
  private final Select<CommunityView> target = new Select<>();
  private final PollEditor poll = new PollEditor();

  Composer(PersonDirectory directory, Search search, CurrentUser currentUser, List<CommunityView> myCommunities, Poster poster) {
    setPadding(false);
    setSpacing(false);
    text.setLabel(getTranslation("home.composer.label"));
    text.setPlaceholder(getTranslation("home.composer.placeholder"));
    text.setMaxLength(PostRequest.MAX_TEXT);
    text.setWidthFull();
    text.addClassName("composer");
    Completions completions = new Completions(text, directory, search, currentUser);
    target.setLabel(getTranslation("composer.target"));
    target.setEmptySelectionAllowed(true);
    target.setEmptySelectionCaption(getTranslation("composer.myProfile"));
    target.setItems(myCommunities);
    target.setItemLabelGenerator(c -> c == null ? getTranslation("composer.myProfile") : c.name());
    target.setVisible(!myCommunities.isEmpty());
    Button post = new Button(getTranslation("home.post"), e -> {
      if (poster.post(text.getValue(), target.getValue() == null ? null : target.getValue().id(), poll.value().orElse(null))) {
        text.clear();
        poll.clear();
        completions.close();
      }
    });
    post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    post.setEnabled(false);
    text.addValueChangeListener(e -> post.setEnabled(!e.getValue().isBlank()));
    HorizontalLayout actions = new HorizontalLayout(target, post);
    actions.setAlignItems(Alignment.BASELINE);
    add(text, completions, poll, actions);
  }
}
