package org.agora.surveys.control;

import java.util.List;
import org.agora.surveys.entity.Answer;

/** A response as results read it: the respondent's department when answering (or null), and the answers. */
public record StoredResponse(Long departmentId, List<Answer> answers) {}
