/**
 * Communities: team spaces that are public, restricted or secret, their members and roles,
 * join requests, invitations and guidelines, and the one place ({@code CommunityAccess}) that
 * decides who may see and read them.
 */
package org.agora.communities;
