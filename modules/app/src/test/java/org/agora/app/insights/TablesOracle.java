package org.agora.app.insights;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.agora.insights.boundary.Insights;
import org.agora.insights.entity.InsightsScope;
import org.agora.platform.entity.AgoraPrincipal;

/**
 * The rollups' test oracle, deployed by {@link GovernanceIT} only: an insights request with
 * {@code ?source=scan} computes its organisation figure from the tables instead of the daily
 * rollups, as community figures always are, so the test can compare the two answers.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class TablesOracle extends Insights {

  @Inject HttpServletRequest request;

  @Override
  public InsightsScope scope(AgoraPrincipal viewer, Long communityId) {
    InsightsScope scope = super.scope(viewer, communityId);
    return "scan".equals(request.getParameter("source")) ? new InsightsScope(scope.communityId(), true) : scope;
  }
}
