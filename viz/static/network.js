// geokg network page: draws the embedded data with vis-network, stabilises, then freezes physics.
// Clicking an edge shows its evidence sentences in the side panel. State for tests and benchmarks:
// window.geokgNetwork (the vis Network), window.geokgStable (true once the layout is frozen).
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("network-data").textContent);
  var container = document.getElementById("network");
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  var state = document.getElementById("layout-state");
  var started = performance.now();
  window.geokgNetwork = network;
  window.geokgStable = false;

  function freeze() {
    if (window.geokgStable) { return; }
    network.setOptions({ physics: { enabled: false } });
    window.geokgStable = true;
    window.geokgStableMs = performance.now() - started;
    state.textContent = "Layout frozen (" + Math.round(window.geokgStableMs) + " ms); drag nodes to arrange.";
  }
  network.once("stabilizationIterationsDone", freeze);
  network.once("stabilized", freeze);
  if (data.edges.length === 0) {
    state.textContent = "Nothing to draw with these filters.";
    window.geokgStable = true;
  }
  network.on("stabilizationProgress", function (p) {
    state.textContent = "Laying out… " + Math.round(100 * p.iterations / p.total) + "%";
  });

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text) { node.textContent = text; }
    if (cls) { node.className = cls; }
    return node;
  }

  function showEdge(edgeId) {
    var edge = edges.get(edgeId);
    var body = document.getElementById("evidence-body");
    body.textContent = "";
    document.getElementById("evidence-hint").hidden = true;
    if (!edge) { return; }
    var types = Object.keys(edge.types || {}).map(function (t) { return t + " " + edge.types[t]; }).join(", ");
    body.appendChild(el("p", edge.from + " → " + edge.to + ": " + edge.value + " events (" + types + ")", "edge-head"));
    if (edge.first) { body.appendChild(el("p", edge.first + " – " + edge.last, "muted")); }
    (edge.evidence || []).forEach(function (item) {
      var quote = el("blockquote", item.sentence, "evidence-sentence");
      if (item.url || item.title || item.article) {
        var cite = el("cite");
        if (item.url) {
          var link = el("a", item.title || item.url);
          link.href = item.url;
          cite.appendChild(link);
        } else {
          cite.textContent = item.title || item.article;
        }
        quote.appendChild(cite);
      }
      body.appendChild(quote);
    });
    if (!(edge.evidence || []).length) { body.appendChild(el("p", "No sentence stored for this edge.", "muted")); }
    if (location.protocol.indexOf("http") === 0) {
      var more = el("a", "All events of this pair →");
      var q = new URLSearchParams({ source: edge.from.split("/").pop(), target: edge.to.split("/").pop() });
      more.href = "/events?" + q.toString();
      body.appendChild(el("p")).appendChild(more);
    }
  }
  window.geokgShowEdge = showEdge;

  network.on("click", function (params) {
    if (params.nodes.length === 0 && params.edges.length > 0) { showEdge(params.edges[0]); }
  });
  network.on("doubleClick", function (params) {
    if (params.nodes.length > 0 && location.protocol.indexOf("http") === 0) {
      location.href = "/viz/actor/" + params.nodes[0];
    }
  });
})();
