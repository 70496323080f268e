/** Onboarding in the web app: the newcomer's welcome checklist, a buddy's newcomers, the admins' page. */
package org.agora.ui.onboarding;
