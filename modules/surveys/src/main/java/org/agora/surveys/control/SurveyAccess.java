package org.agora.surveys.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.agora.platform.entity.AgoraPrincipal;
import org.agora.platform.entity.Refusal;
import org.agora.surveys.entity.AudienceKind;

/**
 * Who may do what with a survey, in one place. Its audience and its owners see it; to anyone else
 * it does not exist (404). Its owners are who created it and the admins: they read the results
 * and close it. Admins ask everyone or departments; a community's owners ask its members.
 */
@ApplicationScoped
public class SurveyAccess {

  @Inject SurveyStore surveys;
  @Inject SurveyAudiences audiences;

  public SurveyRow readable(AgoraPrincipal reader, long id) {
    return surveys.find(id).filter(s -> owns(reader, s) || audiences.asks(s.id(), reader.id()))
        .orElseThrow(() -> Refusal.notFound("No survey with id " + id));
  }

  public boolean owns(AgoraPrincipal who, SurveyRow survey) {
    return who.admin() || survey.owner().id() == who.id();
  }

  /** The survey if the person owns it; 404 if they cannot see it, 403 if they only answer it. */
  public SurveyRow owned(AgoraPrincipal who, long id) {
    SurveyRow survey = readable(who, id);
    if (!owns(who, survey)) {
      throw Refusal.forbidden("Only the survey's owner and admins read its results.");
    }
    return survey;
  }

  public void checkMayAsk(AgoraPrincipal who, SurveyDraft draft) {
    if (draft.audience() != AudienceKind.COMMUNITY) {
      if (!who.admin()) {
        throw Refusal.forbidden("Only admins ask everyone or whole departments; community owners ask their members.");
      }
      if (draft.audience() == AudienceKind.DEPARTMENTS
          && surveys.departmentNames(draft.departmentIds()).size() != draft.departmentIds().size()) {
        throw Refusal.invalid("audience.departmentIds", "names a department that does not exist");
      }
      return;
    }
    boolean owner = audiences.ownedCommunities(who.id(), who.admin()).stream().anyMatch(c -> c.id() == draft.communityId());
    if (!owner) {
      throw Refusal.forbidden("Only the community's owners and admins ask its members.");
    }
  }
}
