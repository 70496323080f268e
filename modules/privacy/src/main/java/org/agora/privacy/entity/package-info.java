/** What the privacy module answers: an export's state and an erasure's outcome. */
package org.agora.privacy.entity;
