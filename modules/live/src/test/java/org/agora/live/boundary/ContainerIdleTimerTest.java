package org.agora.live.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.websocket.Session;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins down what {@link StreamEndpoint#open} relies on in the Tyrus that Payara Micro ships (read
 * from the Payara Micro jar of the build): with a negative idle timeout a session schedules no
 * idle timer when a frame passes, with 0 it schedules one per frame. When Payara ships another
 * Tyrus, this test is the one to fail: check the session's idle-timer code again (it may no longer
 * need a negative timeout, or may need something else) and adapt this test.
 */
class ContainerIdleTimerTest {

  @TempDir Path temp;
  private URLClassLoader tyrus;
  private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);

  @BeforeEach
  void loadPayarasTyrus() throws Exception {
    Path micro = Path.of(System.getProperty("payara.microJar", "payara.microJar not set"));
    try (FileSystem jar = FileSystems.newFileSystem(micro)) {
      for (String name : new String[] {"tyrus-core.jar", "tyrus-spi.jar"}) {
        Files.copy(jar.getPath("MICRO-INF", "runtime", name), temp.resolve(name));
      }
    }
    tyrus = new URLClassLoader(new URL[] {temp.resolve("tyrus-core.jar").toUri().toURL(),
        temp.resolve("tyrus-spi.jar").toUri().toURL()}, getClass().getClassLoader());
  }

  @AfterEach
  void close() throws Exception {
    timer.shutdownNow();
    tyrus.close();
  }

  @Test
  void aNegativeIdleTimeoutSchedulesNoTimerPerFrame() throws Exception {
    Object session = session();
    ((Session) session).setMaxIdleTimeout(StreamEndpoint.NO_IDLE_TIMEOUT);
    framesPass(session, 3);
    assertThat(timer.getTaskCount()).as("idle timer tasks scheduled with a negative idle timeout").isZero();
  }

  @Test
  void aZeroIdleTimeoutStillSchedulesATimerPerFrame() throws Exception {
    Object session = session();
    ((Session) session).setMaxIdleTimeout(0);
    framesPass(session, 3);
    assertThat(timer.getTaskCount()).as("why the endpoint's timeout is negative, not 0").isGreaterThanOrEqualTo(3);
  }

  /**
   * A session as the container opens one, as far as its idle timer goes: its constructor needs a
   * live connection, so the instance is made without it and given the fields the timer code reads.
   */
  private Object session() throws Exception {
    Class<?> type = tyrusClass("org.glassfish.tyrus.core.TyrusSession");
    Constructor<?> bare = sun.reflect.ReflectionFactory.getReflectionFactory()
        .newConstructorForSerialization(type, Object.class.getDeclaredConstructor());
    Object session = bare.newInstance();
    Class<?> states = tyrusClass("org.glassfish.tyrus.core.TyrusSession$State");
    Object running = Arrays.stream(states.getEnumConstants()).filter(s -> s.toString().equals("RUNNING")).findFirst()
        .orElseGet(() -> fail("TyrusSession.State has no RUNNING any more: " + Arrays.toString(states.getEnumConstants())));
    set(session, "idleTimeoutLock", new ReentrantLock());
    set(session, "state", new AtomicReference<>(running));
    set(session, "service", timer);
    return session;
  }

  /** What Tyrus does for every frame sent or received. */
  private static void framesPass(Object session, int frames) throws Exception {
    Method restart = declared(session.getClass(), "restartIdleTimeoutExecutor");
    for (int i = 0; i < frames; i++) {
      restart.invoke(session);
    }
  }

  private Class<?> tyrusClass(String name) {
    try {
      return tyrus.loadClass(name);
    } catch (ClassNotFoundException e) {
      return fail("Payara Micro's Tyrus has no " + name + " any more", e);
    }
  }

  private static Method declared(Class<?> type, String name) {
    try {
      Method method = type.getDeclaredMethod(name);
      method.setAccessible(true);
      return method;
    } catch (NoSuchMethodException e) {
      return fail("Payara Micro's Tyrus session has no " + name + "() any more: check how it times sessions out", e);
    }
  }

  private static void set(Object target, String name, Object value) throws IllegalAccessException {
    try {
      Field field = target.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(target, value);
    } catch (NoSuchFieldException e) {
      fail("Payara Micro's Tyrus session has no field " + name + " any more: check how it times sessions out", e);
    }
  }
}
