/** The checklist, its steps, the department settings and the newcomers as answers are made of them. */
package org.agora.onboarding.entity;
