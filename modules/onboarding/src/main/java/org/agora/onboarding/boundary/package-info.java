/** The newcomer's checklist, the buddy's newcomers, the admins' settings and buddies, as services and over REST. */
package org.agora.onboarding.boundary;
