/** Moderation cases, what can be reported and why, and the decisions moderators take. */
package org.agora.governance.entity;
