/** Welcoming newcomers: a checklist that ticks itself off, buddies, and a hello from their department. */
package org.agora.onboarding;
