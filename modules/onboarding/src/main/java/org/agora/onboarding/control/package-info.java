/** The step rules, the onboarding tables' SQL and the first post's hello to the department. */
package org.agora.onboarding.control;
