package org.agora.live.control;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Timespan;

/**
 * One live event routed on this node, for Java Flight Recorder: how long after its commit the
 * router took it up and had handed its frame to every receiver's socket. With the clients'
 * commit-to-receive figures it tells the node's share of the delay from the clients' and the
 * network's. Costs nothing unless a recording asks for it.
 */
@Name("org.agora.live.Routed")
@Label("Live event routed")
@Category({"Agora", "Live"})
@Description("A live event handed to the sockets of this node's receivers")
class RoutedEvent extends Event {

  @Label("Cursor")
  long cursor;

  @Label("Receivers")
  int receivers;

  @Label("Commit to routing")
  @Timespan(Timespan.MILLISECONDS)
  long commitToRouting;

  @Label("Commit to handed over")
  @Timespan(Timespan.MILLISECONDS)
  long commitToHandedOver;
}
