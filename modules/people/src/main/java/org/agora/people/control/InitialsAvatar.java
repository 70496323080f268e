package org.agora.people.control;

import org.agora.platform.boundary.Html;

/** A generated avatar: the person's initials on a colour picked from their id, as SVG. */
public final class InitialsAvatar {

  private static final String[] COLOURS = {
    "#1565c0", "#2e7d32", "#6a1b9a", "#c62828", "#ef6c00", "#00838f", "#4e342e", "#37474f"
  };

  private InitialsAvatar() {}

  public static String svg(long personId, String initials) {
    String colour = COLOURS[(int) Math.floorMod(personId, (long) COLOURS.length)];
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"128\" height=\"128\" viewBox=\"0 0 128 128\">"
        + "<circle cx=\"64\" cy=\"64\" r=\"64\" fill=\"" + colour + "\"/>"
        + "<text x=\"64\" y=\"64\" dy=\".35em\" text-anchor=\"middle\" fill=\"#fff\""
        + " font-family=\"Helvetica, Arial, sans-serif\" font-size=\"52\">"
        + Html.escape(initials)
        + "</text></svg>";
  }
}
