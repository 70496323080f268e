/** Insights: figures on adoption, activity, collaboration and community health, over daily rollups. */
package org.agora.insights;
