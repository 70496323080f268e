package org.agora.people.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Guessing is stopped where it comes from; the owner of the account is never locked out. */
class LoginThrottleTest {

  static final String ATTACKER = "203.0.113.7";
  static final String OWNER_DESK = "10.0.0.12";
  static final String OWNER_PHONE = "10.0.8.40";

  final MovableClock clock = new MovableClock();
  LoginThrottle throttle;

  @BeforeEach
  void create() {
    throttle = new LoginThrottle();
    throttle.clock = clock;
    throttle.perPair = 10;
    throttle.perAccount = 50;
    throttle.slowSeconds = 10;
    throttle.create();
  }

  @Test
  void tenWrongPasswordsLockThatAddressOutOfThatAccountOnly() {
    fail("anna", ATTACKER, 10);
    assertThat(throttle.admit("anna", ATTACKER)).contains(Duration.ofMinutes(15));
    assertThat(throttle.admit("ANNA ", ATTACKER)).as("the same username, written differently").isPresent();
    assertThat(throttle.admit("anna", OWNER_DESK)).as("the owner from another address").isEmpty();
    assertThat(throttle.admit("ben", ATTACKER)).as("another account from the attacker's address").isEmpty();
    clock.pass(Duration.ofMinutes(15));
    assertThat(throttle.admit("anna", ATTACKER)).as("the window has passed").isEmpty();
  }

  @Test
  void nineWrongPasswordsStillLetTheRightOneThrough() {
    fail("anna", OWNER_DESK, 9);
    assertThat(throttle.admit("anna", OWNER_DESK)).isEmpty();
    throttle.succeeded("anna", OWNER_DESK);
    fail("anna", OWNER_DESK, 9);
    assertThat(throttle.admit("anna", OWNER_DESK)).as("a success forgets the earlier failures").isEmpty();
  }

  @Test
  void passwordSprayingFromOneAddressIsStoppedAcrossAccounts() {
    for (int account = 0; account < 100; account++) {
      fail("person" + account, ATTACKER, 1);
    }
    assertThat(throttle.admit("someone-new", ATTACKER)).isPresent();
    assertThat(throttle.admit("someone-new", OWNER_DESK)).isEmpty();
  }

  @Test
  void guessingFromManyAddressesSlowsTheAccountDownButNeverLocksIt() {
    for (int address = 0; address < 10; address++) {
      fail("anna", "198.51.100." + address, 5);
    }
    assertThat(throttle.admit("anna", "198.51.100.77")).as("one attempt goes through").isEmpty();
    assertThat(throttle.admit("anna", "198.51.100.78")).as("the next waits its turn").contains(Duration.ofSeconds(10));
    assertThat(throttle.admit("anna", OWNER_PHONE)).as("a new place of the owner waits too, seconds not minutes")
        .hasValueSatisfying(w -> assertThat(w).isLessThanOrEqualTo(Duration.ofSeconds(10)));
    clock.pass(Duration.ofSeconds(10));
    assertThat(throttle.admit("anna", OWNER_PHONE)).as("and gets its turn").isEmpty();
  }

  @Test
  void whereTheOwnerSignedInBeforeIsNotSlowedByOthersGuessing() {
    throttle.succeeded("anna", OWNER_DESK);
    for (int address = 0; address < 10; address++) {
      fail("anna", "198.51.100." + address, 5);
    }
    for (int attempt = 0; attempt < 5; attempt++) {
      assertThat(throttle.admit("anna", OWNER_DESK)).isEmpty();
    }
    clock.pass(Duration.ofDays(31));
    fail("anna", "198.51.100.1", 50);
    throttle.admit("anna", "198.51.100.2");
    assertThat(throttle.admit("anna", OWNER_DESK)).as("a month later the address is a stranger again").isPresent();
  }

  private void fail(String username, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(username, address);
    }
  }

  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-12-06T09:00:00Z");

    void pass(Duration duration) {
      now = now.plus(duration);
    }

    @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
  }
}
