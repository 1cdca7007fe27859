// geokg timeline page: a tooltip for the event marks of the SVG chart; clicking a mark scrolls to
// the event in the list below. The chart itself is plain SVG drawn on the server.
(function () {
  "use strict";
  var tip = document.getElementById("tooltip");
  var figure = tip && tip.parentElement;
  if (!figure) { return; }
  figure.querySelectorAll("circle.mark").forEach(function (mark) {
    var title = mark.querySelector("title");
    var text = title ? title.textContent : "";
    mark.addEventListener("mouseenter", function () {
      var box = figure.getBoundingClientRect();
      var at = mark.getBoundingClientRect();
      tip.textContent = text;
      tip.hidden = false;
      tip.style.left = Math.min(at.left - box.left + 12, box.width - 300) + "px";
      tip.style.top = (at.top - box.top + 12) + "px";
      mark.classList.add("active");
    });
    mark.addEventListener("mouseleave", function () { tip.hidden = true; mark.classList.remove("active"); });
    mark.addEventListener("click", function () {
      var row = document.getElementById("event-" + mark.getAttribute("data-event"));
      if (row) {
        document.querySelectorAll("li.event.highlight").forEach(function (r) { r.classList.remove("highlight"); });
        row.classList.add("highlight");
        row.scrollIntoView({ behavior: "smooth", block: "center" });
      }
    });
  });
})();
