package org.agora.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.function.BiConsumer;
import org.agora.live.boundary.LiveListeners;
import org.agora.live.entity.BusEvent;

/**
 * Live events for a view while it is on screen: registered when the component attaches, dropped
 * when it detaches. The listener gets the component's UI, to hand its change to {@code UI.access}.
 */
public final class LiveUpdates {

  private LiveUpdates() {}

  public static void whileAttached(Component component, LiveListeners live, BiConsumer<UI, BusEvent> listener) {
    Runnable[] unregister = {() -> { }};
    component.addAttachListener(attached -> {
      UI ui = attached.getUI();
      unregister[0] = live.register(bus -> listener.accept(ui, bus));
    });
    component.addDetachListener(detached -> unregister[0].run());
  }
}
