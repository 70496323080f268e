package org.agora.onboarding.entity;

import java.time.Instant;
import org.agora.people.entity.PersonView;

/**
 * A newcomer as admins and their buddy see them: when they joined, whether an admin flagged them,
 * their buddy, and how far their checklist is.
 */
public record NewcomerView(PersonView person, Instant joinedAt, boolean flagged, PersonView buddy, long stepsDone, int steps) {}
