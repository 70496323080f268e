/** A person's data export and an admin's erasure of a person, as services and over REST. */
package org.agora.privacy.boundary;
