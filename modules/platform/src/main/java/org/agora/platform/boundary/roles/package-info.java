/**
 * {@code @RolesAllowed} on CDI boundaries: the resources get it from Jersey, the services here,
 * so a Java caller (a Vaadin view, another module) meets the same gate as a REST client.
 */
package org.agora.platform.boundary.roles;
