package org.agora.events.control;

import java.util.List;

/**
 * The waiting list of one occurrence with a capacity: a YES gets a place while fewer than
 * {@code capacity} are confirmed, else it waits; places that free up go to those waiting, in the
 * order they answered. Confirmed places are never taken back, not even when the organiser lowers
 * the capacity below the number already confirmed. No capacity means a place for everyone.
 */
public final class WaitingList {

  private WaitingList() {}

  /** Whether a new YES gets a place now, with {@code confirmed} places already taken. */
  public static boolean hasPlace(Integer capacity, long confirmed) {
    return capacity == null || confirmed < capacity;
  }

  /** Who moves up from {@code waitingInOrder} (oldest answer first), with {@code confirmed} places taken. */
  public static List<Long> promoted(Integer capacity, long confirmed, List<Long> waitingInOrder) {
    if (capacity == null) {
      return List.copyOf(waitingInOrder);
    }
    long free = Math.max(0, capacity - confirmed);
    return waitingInOrder.stream().limit(free).toList();
  }
}
