package org.agora.ui.privacy;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.agora.platform.boundary.CurrentUser;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.privacy.boundary.DataExports;
import org.agora.privacy.entity.ExportState;
import org.agora.privacy.entity.ExportStatus;
import org.agora.ui.layout.MainLayout;
import org.agora.ui.layout.Times;

/**
 * My data: what Agora holds about me, as a ZIP I prepare here. The page asks every second how far
 * the export is (polling: it takes seconds, not worth a push channel of its own) and then offers the download.
 */
@Route(value = "me/data", layout = MainLayout.class)
public class MyDataView extends VerticalLayout implements HasDynamicTitle {

  private static final int POLL_MILLIS = 1000;

  private final DataExports exports;
  private final AgoraPrincipal me;
  private final Button prepare = new Button();
  private final ProgressBar progress = new ProgressBar(0, 100);
  private final Paragraph state = new Paragraph();
  private final Anchor download;
  private Registration polling;

  @Inject
  public MyDataView(DataExports exports, CurrentUser currentUser) {
    this.exports = exports;
    this.me = currentUser.required();
    setMaxWidth("760px");
    prepare.setText(getTranslation("privacy.prepare"));
    prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    prepare.setId("prepare-export");
    prepare.addClickListener(e -> prepare());
    progress.setId("export-progress");
    progress.getElement().setAttribute("aria-label", getTranslation("privacy.progress"));
    state.setId("export-state");
    state.getElement().setAttribute("aria-live", "polite");
    download = new Anchor(DownloadHandler.fromInputStream(event -> archive()), AttachmentType.DOWNLOAD,
        getTranslation("privacy.download"));
    download.setId("export-download");
    add(new H2(getTranslation("privacy.title")), new Paragraph(getTranslation("privacy.explain")),
        new Paragraph(getTranslation("privacy.kept")), prepare, progress, state, download);
    show(exports.newest(me));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("privacy.title") + " · Agora";
  }

  private DownloadResponse archive() {
    Optional<ExportStatus> newest = exports.newest(me);
    Optional<byte[]> zip = exports.archive(me);
    if (newest.isEmpty() || zip.isEmpty()) {
      return DownloadResponse.error(404);
    }
    String name = "agora-my-data-" + LocalDate.ofInstant(newest.get().requestedAt(), ZoneOffset.UTC) + ".zip";
    return new DownloadResponse(new ByteArrayInputStream(zip.get()), name, "application/zip", zip.get().length);
  }

  private void prepare() {
    try {
      show(Optional.of(exports.request(me)));
    } catch (DataExports.TooSoon tooSoon) {
      state.setText(getTranslation("privacy.tooSoon", Math.max(1, tooSoon.waitFor().toMinutes())));
    }
  }

  private void show(Optional<ExportStatus> newest) {
    boolean working = newest.map(s -> s.status() == ExportState.PENDING || s.status() == ExportState.RUNNING).orElse(false);
    progress.setVisible(working);
    newest.ifPresent(s -> progress.setValue(s.progress()));
    download.setVisible(newest.map(ExportStatus::ready).orElse(false));
    prepare.setEnabled(!working);
    state.setText(newest.map(this::describe).orElse(getTranslation("privacy.none")));
    if (working) {
      startPolling();
    } else {
      stopPolling();
    }
  }

  private String describe(ExportStatus s) {
    return switch (s.status()) {
      case PENDING, RUNNING -> getTranslation("privacy.working", s.progress());
      case READY -> getTranslation("privacy.ready", Times.exact(s.expiresAt(), getLocale()));
      case FAILED -> getTranslation("privacy.failed");
    };
  }

  private void startPolling() {
    getUI().ifPresent(ui -> {
      if (polling == null) {
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(e -> show(exports.newest(me)));
      }
    });
  }

  private void stopPolling() {
    if (polling != null) {
      polling.remove();
      polling = null;
      getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    if (progress.isVisible()) {
      startPolling();
    }
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    if (polling != null) {
      polling.remove();
      polling = null;
      detach.getUI().setPollInterval(-1);
    }
  }

}
