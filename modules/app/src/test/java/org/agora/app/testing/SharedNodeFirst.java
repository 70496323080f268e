package org.agora.app.testing;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Order;

/**
 * Runs the {@link SharedNode} classes first, so their node boots once, then every other class in
 * the order it was found. Among the shared classes {@link Order} decides, so that a class which
 * spends a limit of the node for a while (a locked-out address, a minute's write budget) can run
 * after those it would disturb. Configured in {@code junit-platform.properties}.
 */
public class SharedNodeFirst implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context.getClassDescriptors().sort(Comparator
        .comparing((ClassDescriptor c) -> !c.isAnnotated(SharedNode.class))
        .thenComparingInt(c -> c.findAnnotation(Order.class).map(Order::value).orElse(Order.DEFAULT)));
  }
}
