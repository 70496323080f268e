/** Ideas: community posts with votes (one per person) and a status that moderators move along. */
package org.agora.ideas;
