/** Proposing, ranking, voting on ideas and setting their status, as a service and over REST. */
package org.agora.ideas.boundary;
