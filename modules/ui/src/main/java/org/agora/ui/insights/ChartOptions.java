package org.agora.ui.insights;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.insights.entity.Table;

/**
 * Turns insight tables into ECharts options: series over time, and a heat map. Charts appear
 * without ECharts' opening animation: its frames kept the browser busy while the dashboard's other
 * figures were still arriving.
 */
final class ChartOptions {

  /** Up to this many departments a heat map writes its counts into the cells; beyond, they would not fit. */
  static final int LABELLED_HEAT_MAP = 15;

  private ChartOptions() {}

  /**
   * Lines (or stacked bars) from a table of (time, series, value): one series per distinct value of
   * the second column, the first column on the x axis.
   */
  static JsonObject timeSeries(Table table, boolean stackedBars) {
    Set<String> times = new LinkedHashSet<>();
    Map<String, Map<String, Number>> series = new LinkedHashMap<>();
    for (List<Object> row : table.rows()) {
      String time = String.valueOf(row.get(0));
      times.add(time);
      series.computeIfAbsent(String.valueOf(row.get(1)), k -> new LinkedHashMap<>()).put(time, (Number) row.get(2));
    }
    JsonArrayBuilder all = Json.createArrayBuilder();
    series.forEach((name, values) -> {
      JsonArrayBuilder data = Json.createArrayBuilder();
      times.forEach(t -> data.add(values.getOrDefault(t, 0).doubleValue()));
      JsonObjectBuilder one = Json.createObjectBuilder().add("name", name).add("type", stackedBars ? "bar" : "line").add("data", data);
      if (stackedBars) {
        one.add("stack", "all");
      }
      all.add(one);
    });
    return Json.createObjectBuilder()
        .add("animation", false)
        .add("tooltip", Json.createObjectBuilder().add("trigger", "axis"))
        .add("legend", Json.createObjectBuilder().add("type", "scroll").add("bottom", 0))
        .add("grid", Json.createObjectBuilder().add("left", 40).add("right", 20).add("top", 20).add("bottom", 60))
        .add("xAxis", Json.createObjectBuilder().add("type", "category").add("data", strings(times)))
        .add("yAxis", Json.createObjectBuilder().add("type", "value"))
        .add("series", all)
        .build();
  }

  /** A single line from a table whose first column is time and {@code column} the value. */
  static JsonObject line(Table table, int column, String name) {
    JsonArrayBuilder x = Json.createArrayBuilder();
    JsonArrayBuilder y = Json.createArrayBuilder();
    for (List<Object> row : table.rows()) {
      x.add(String.valueOf(row.get(0)));
      y.add(((Number) row.get(column)).doubleValue());
    }
    return Json.createObjectBuilder()
        .add("animation", false)
        .add("tooltip", Json.createObjectBuilder().add("trigger", "axis"))
        .add("grid", Json.createObjectBuilder().add("left", 50).add("right", 20).add("top", 20).add("bottom", 30))
        .add("xAxis", Json.createObjectBuilder().add("type", "category").add("data", x))
        .add("yAxis", Json.createObjectBuilder().add("type", "value").add("min", 0).add("max", 1))
        .add("series", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", name).add("type", "line")
            .add("areaStyle", Json.createObjectBuilder()).add("data", y)))
        .build();
  }

  /** A department x department heat map from (from, to, count) rows. */
  static JsonObject heatMap(Table table) {
    Set<String> names = new LinkedHashSet<>();
    table.rows().forEach(r -> {
      names.add(String.valueOf(r.get(0)));
      names.add(String.valueOf(r.get(1)));
    });
    List<String> departments = new ArrayList<>(names);
    departments.sort(String::compareTo);
    JsonArrayBuilder data = Json.createArrayBuilder();
    double max = 1;
    for (List<Object> r : table.rows()) {
      double value = ((Number) r.get(2)).doubleValue();
      max = Math.max(max, value);
      data.add(Json.createArrayBuilder().add(departments.indexOf(String.valueOf(r.get(1))))
          .add(departments.indexOf(String.valueOf(r.get(0)))).add(value));
    }
    boolean labelled = departments.size() <= LABELLED_HEAT_MAP;
    return Json.createObjectBuilder()
        .add("animation", false)
        .add("tooltip", Json.createObjectBuilder().add("position", "top"))
        .add("grid", Json.createObjectBuilder().add("left", 150).add("right", 20).add("top", 10).add("bottom", 110))
        .add("xAxis", Json.createObjectBuilder().add("type", "category").add("data", strings(departments))
            .add("name", "to").add("axisLabel", Json.createObjectBuilder().add("rotate", 40)))
        .add("yAxis", Json.createObjectBuilder().add("type", "category").add("data", strings(departments)).add("name", "from"))
        .add("visualMap", Json.createObjectBuilder().add("min", 0).add("max", max).add("calculable", true)
            .add("orient", "horizontal").add("left", "center").add("bottom", 0))
        .add("series", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "interactions").add("type", "heatmap")
            .add("data", data).add("label", Json.createObjectBuilder().add("show", labelled))))
        .build();
  }

  private static JsonArrayBuilder strings(Iterable<String> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }
}
