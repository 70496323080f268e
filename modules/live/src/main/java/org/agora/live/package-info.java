/**
 * Live feeds: the WebSocket stream {@code /ws/v1/stream}, the open sessions of this node with their
 * bounded send queues, replay from the outbox, and the cluster bus (Payara Micro's Hazelcast) that
 * carries committed events to every node. See docs/live.md.
 */
package org.agora.live;
