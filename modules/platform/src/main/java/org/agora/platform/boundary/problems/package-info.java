/** Maps every failure of the REST API to an RFC 9457 problem+json answer. */
package org.agora.platform.boundary.problems;
