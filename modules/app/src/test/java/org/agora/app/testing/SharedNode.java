package org.agora.app.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A black-box test class that runs against the run's one shared Payara Micro: the real bundle at
 * the context root, with the settings of {@code arquillian.xml}, started for the first such class
 * and stopped before any other class runs (see {@link SharedNodeExtension}). Its field marked
 * {@link Base} receives the node's URL.
 *
 * <p>Every class on the node shares its memory as well as the run's database: rate limits, login
 * throttles and caches carry over from one class to the next, so a test makes its own people or
 * addresses where that matters. A class that needs a node of its own (other settings, a second
 * node, an outage) uses Arquillian or {@link MicroNode} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(SharedNodeExtension.class)
public @interface SharedNode {

  /** The field that receives the shared node's base URL ({@code http://127.0.0.1:<port>/}). */
  @Target(ElementType.FIELD)
  @Retention(RetentionPolicy.RUNTIME)
  @interface Base {}
}
