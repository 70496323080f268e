package org.agora.ui.insights;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import jakarta.json.JsonObject;

/**
 * An Apache ECharts chart: the library comes as a static script from its WebJar (served by the
 * servlet container from the jar's META-INF/resources), so no front-end build is involved. The
 * option object is built on the server and handed over as JSON.
 */
class Chart extends Div {

  static final String SCRIPT = "context://webjars/echarts/5.5.0/echarts.min.js";

  private final JsonObject option;

  Chart(String label, JsonObject option) {
    this.option = option;
    setWidthFull();
    setHeight("320px");
    getElement().setAttribute("role", "img");
    getElement().setAttribute("aria-label", label);
    addClassName("agora-chart");
  }

  @Override
  protected void onAttach(AttachEvent event) {
    event.getUI().getPage().addJavaScript(SCRIPT);
    // The script may still be loading when this runs: wait for it, then draw and follow resizes.
    getElement().executeJs(
        "const el = this; const draw = () => {"
            + " if (!window.echarts) { setTimeout(draw, 50); return; }"
            + " const chart = echarts.getInstanceByDom(el) || echarts.init(el);"
            + " chart.setOption(JSON.parse($0), true);"
            + " new ResizeObserver(() => chart.resize()).observe(el); };"
            + " draw();",
        option.toString());
  }
}
