package org.agora.announcements.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.agora.announcements.control.AnnouncementStore;
import org.agora.platform.boundary.PersonalData;
import org.agora.platform.entity.PersonalDataFile;

/**
 * The announcements' share of a person's data: the announcements they posted (the text is their
 * post, exported by activity) and their receipts (seen, confirmed, dismissed). Erasure deletes the
 * receipts, and the announcements too unless the organisation keeps authored content. It runs
 * before activity's, whose posts these rows point at.
 */
@ApplicationScoped
@Transactional
public class AnnouncementPersonalData implements PersonalData {

  @Inject AnnouncementStore store;

  @Override
  public List<PersonalDataFile> export(long personId) {
    List<PersonalDataFile> files = new ArrayList<>();
    PersonalData.json("announcements/posted.json", store.authoredBy(personId)).ifPresent(files::add);
    PersonalData.json("announcements/receipts.json", store.receiptsOf(personId)).ifPresent(files::add);
    return files;
  }

  @Override
  public void erase(long personId, boolean keepContent) {
    store.eraseReceipts(personId);
    if (!keepContent) {
      store.eraseAuthored(personId);
    }
  }

  @Override
  public int erasureOrder() {
    return 50;
  }
}
