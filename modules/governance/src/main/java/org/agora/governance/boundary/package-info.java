/** What others call: reporting, the moderation queue and its decisions, account administration and the audit log over REST. */
package org.agora.governance.boundary;
