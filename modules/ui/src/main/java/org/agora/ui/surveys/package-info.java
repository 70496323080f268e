/** The staff surveys views: the list, a new survey's form, a survey's page with its answer form, and its results. */
package org.agora.ui.surveys;
