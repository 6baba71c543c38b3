/*
 * The console's only script, served as a file: the Content-Security-Policy allows no inline script
 * and no inline event handlers, so pages say what they want with data attributes and this file
 * does it.
 *   data-reload-after-ms   reload the page after that long (a batch run going on)
 *   data-refresh-after-ms  with data-refresh-button and data-refresh-render: after that long, send
 *                          the (hidden) button as a Faces Ajax request and re-render those ids;
 *                          again after each answer while the attribute is still on the page (a
 *                          service being provisioned)
 *   data-ajax-render       on a field: when it changes, send it as a Faces Ajax request and
 *                          re-render those ids (the order form's product)
 */
(function () {
  "use strict";

  var refreshTimer = null;

  function scheduleReload() {
    var marker = document.querySelector("[data-reload-after-ms]");
    if (marker) {
      setTimeout(function () {
        window.location.reload();
      }, Number(marker.getAttribute("data-reload-after-ms")));
    }
  }

  function scheduleRefresh() {
    var marker = document.querySelector("[data-refresh-after-ms]");
    if (!marker || refreshTimer) {
      return;
    }
    refreshTimer = setTimeout(function () {
      refreshTimer = null;
      var button = document.getElementById(marker.getAttribute("data-refresh-button"));
      if (button) {
        // As a click: Faces runs an Ajax button's action only for a click (partial event) on it.
        faces.ajax.request(button, { type: "click" }, {
          execute: button.id,
          render: marker.getAttribute("data-refresh-render")
        });
      }
    }, Number(marker.getAttribute("data-refresh-after-ms")));
  }

  function sendChanges(event) {
    var field = event.target;
    var render = field.getAttribute && field.getAttribute("data-ajax-render");
    if (render) {
      faces.ajax.request(field, event, { execute: field.id, render: render });
    }
  }

  function start() {
    scheduleReload();
    scheduleRefresh();
    document.addEventListener("change", sendChanges);
    if (window.faces) {
      faces.ajax.addOnEvent(function (data) {
        if (data.status === "success") {
          scheduleRefresh();
        }
      });
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
