/** Governance: reports and the moderation queue, account administration, and the audit export. */
package org.agora.governance;
