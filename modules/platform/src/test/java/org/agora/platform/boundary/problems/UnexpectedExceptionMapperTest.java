package org.agora.platform.boundary.problems;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.NotFoundException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class UnexpectedExceptionMapperTest {

  final UnexpectedExceptionMapper mapper = new UnexpectedExceptionMapper();

  @Test
  void aLostDatabaseIsA503WithRetryAfter() {
    Exception wrapped = new RuntimeException("tx failed", new SQLException("Connection refused", "08001"));
    Response answer = mapper.toResponse(wrapped);
    assertThat(answer.getStatus()).isEqualTo(503);
    assertThat(answer.getHeaderString("Retry-After")).isEqualTo("5");
    assertThat(answer.getMediaType().toString()).isEqualTo("application/problem+json");
  }

  @Test
  void anExhaustedPoolCountsAsAnOutage() {
    assertThat(UnexpectedExceptionMapper.isDatabaseOutage(
            new IllegalStateException(new RuntimeException("Error in allocating a connection. Cause: Connection could not be allocated"))))
        .isTrue();
  }

  @Test
  void aConnectionThePoolHadAlreadyDroppedCountsAsAnOutageButOtherNullPointersDoNot() {
    // What a query met in CI when PostgreSQL stopped under it: Payara's wrapper without its connection.
    NullPointerException dropped = new NullPointerException("Cannot invoke \"java.sql.Connection.prepareStatement(String, int, int)\" because \"this.con\" is null");
    dropped.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("com.sun.gjc.spi.base.ConnectionHolder", "prepareStatement", "ConnectionHolder.java", 611)});
    assertThat(UnexpectedExceptionMapper.isDatabaseOutage(new PersistenceException(dropped))).isTrue();
    NullPointerException ours = new NullPointerException("name");
    ours.setStackTrace(new StackTraceElement[] {new StackTraceElement("org.agora.people.control.Profiles", "update", "Profiles.java", 1)});
    assertThat(UnexpectedExceptionMapper.isDatabaseOutage(new PersistenceException(ours))).isFalse();
  }

  @Test
  void aRestartingServerCountsAsAnOutage() {
    assertThat(UnexpectedExceptionMapper.isDatabaseOutage(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
    assertThat(UnexpectedExceptionMapper.isDatabaseOutage(new RuntimeException(new SQLException("the database system is starting up", "57P03")))).isTrue();
    assertThat(UnexpectedExceptionMapper.isDatabaseOutage(new SQLException("canceling statement due to user request", "57014"))).isFalse();
  }

  @Test
  void aTransactionWhoseConnectionDiedWithTheServerCountsAsAnOutage() {
    // What Payara throws when PostgreSQL shuts down between a request's last query and its commit.
    XAException lost = new XAException("jakarta.resource.spi.LocalTransactionException: FATAL: terminating connection due to administrator command");
    lost.errorCode = XAException.XAER_RMERR;
    assertThat(UnexpectedExceptionMapper.isDatabaseOutage(new TransactionalException("commit failed", new SystemException() {
      {
        initCause(lost);
      }
    }))).isTrue();
    assertThat(UnexpectedExceptionMapper.isDatabaseOutage(new RuntimeException(new XAException(
        "jakarta.resource.ResourceException: This Managed Connection is not valid as the physical connection is not usable")))).isTrue();
    assertThat(UnexpectedExceptionMapper.isDatabaseOutage(new XAException(XAException.XAER_RMFAIL))).isTrue();
    assertThat(UnexpectedExceptionMapper.isDatabaseOutage(new XAException(XAException.XAER_PROTO))).isFalse();
    assertThat(UnexpectedExceptionMapper.isDatabaseOutage(new XAException("duplicate key value violates unique constraint"))).isFalse();
  }

  @Test
  void aCommitThatFailedBecauseTheServerWentAwayIsA503() {
    XAException lost = new XAException("jakarta.resource.spi.LocalTransactionException: FATAL: terminating connection due to administrator command");
    Response answer = new FailedCommitMapper().toResponse(new TransactionalException("commit", lost));
    assertThat(answer.getStatus()).isEqualTo(503);
    assertThat(answer.getHeaderString("Retry-After")).isEqualTo("5");
    assertThat(new FailedCommitMapper().toResponse(new TransactionalException("commit", new IllegalStateException("bug"))).getStatus())
        .isEqualTo(500);
  }

  @Test
  void anAnswerTheMethodHadChosenIsKeptAsProblemJson() {
    Response answer = new FailedCommitMapper().toResponse(new TransactionalException("commit", new NotFoundException("no such post")));
    assertThat(answer.getStatus()).isEqualTo(404);
    assertThat(answer.getMediaType().toString()).isEqualTo("application/problem+json");
  }

  @Test
  void aBugIsA500WithoutDetailsOfTheCode() {
    Response answer = mapper.toResponse(new NullPointerException("secret internals"));
    assertThat(answer.getStatus()).isEqualTo(500);
    assertThat(answer.getEntity().toString()).doesNotContain("secret internals").contains("incident");
    assertThat(UnexpectedExceptionMapper.isDatabaseOutage(new SQLException("syntax", "42601"))).isFalse();
  }
}
