package org.metalcart.api.events;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the feed and the cursor to ask for the next one with. */
@Schema(
    name = "EventFeed",
    requiredProperties = {"items", "next"})
public class EventFeedView {

  public List<EventView> items;

  @Schema(
      description =
          "Pass as after to read on: the last item's id, or the after given when the page is empty")
  public long next;
}
