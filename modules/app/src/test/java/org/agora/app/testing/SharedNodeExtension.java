package org.agora.app.testing;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Starts the shared node of {@link SharedNode} classes once, when the first of them needs it, and
 * hands each test instance its URL. One boot instead of one per class is most of what the
 * in-container run costs on two cores. {@link SharedNodeFirst} runs these classes before all
 * others, and {@link SharedNodeListener} stops the node before another class starts, so classes
 * with nodes of their own have the database and the machine to themselves, as before.
 *
 * <p>The node gets {@code arquillian.xml}'s {@code cmdOptions} (the one place for the test
 * settings), with its {@code ${property}} and {@code ${property:default}} references filled in
 * from the test JVM's system properties as Arquillian does.
 */
public class SharedNodeExtension implements TestInstancePostProcessor {

  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

  private static MicroNode node;
  /** Why the node did not start: the later classes fail at once rather than wait out another start-up. */
  private static RuntimeException startFailure;

  @Override
  public void postProcessTestInstance(Object test, ExtensionContext context) throws IllegalAccessException {
    URL base = base();
    for (Field field : AnnotationSupport.findAnnotatedFields(test.getClass(), SharedNode.Base.class)) {
      field.setAccessible(true);
      field.set(test, base);
    }
  }

  static synchronized URL base() {
    if (startFailure != null) {
      throw new IllegalStateException("the shared node did not start", startFailure);
    }
    if (node == null) {
      MicroNode started = MicroNode.start("shared", containerOptions(), List.of("--nocluster"));
      try {
        node = started.awaitReady(MicroNode.STARTUP);
      } catch (RuntimeException e) {
        started.close();
        startFailure = e;
        throw e;
      }
    }
    try {
      return node.base().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Stops the node, if one runs; the next {@link SharedNode} class starts a new one. */
  static synchronized void stop() {
    if (node != null) {
      node.close();
      node = null;
    }
  }

  /** The JVM options Arquillian gives the nodes it boots. */
  static List<String> containerOptions() {
    try (InputStream xml = SharedNodeExtension.class.getResourceAsStream("/arquillian.xml")) {
      NodeList properties = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml)
          .getElementsByTagName("property");
      for (int i = 0; i < properties.getLength(); i++) {
        Element property = (Element) properties.item(i);
        if (property.getAttribute("name").equals("cmdOptions")) {
          return Arrays.asList(resolve(property.getTextContent().strip()).split("\\s+"));
        }
      }
      throw new IllegalStateException("arquillian.xml has no cmdOptions");
    } catch (IOException | ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("cannot read arquillian.xml", e);
    }
  }

  static String resolve(String text) {
    Matcher reference = REFERENCE.matcher(text);
    StringBuilder resolved = new StringBuilder();
    while (reference.find()) {
      String value = System.getProperty(reference.group(1), reference.group(2));
      if (value == null) {
        throw new IllegalStateException("arquillian.xml needs the system property " + reference.group(1));
      }
      reference.appendReplacement(resolved, Matcher.quoteReplacement(value));
    }
    return reference.appendTail(resolved).toString();
  }
}
