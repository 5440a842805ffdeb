/* The kg data-flow diagram: draws the diagram data with vis-network and adds
 * the legend, tooltips with evidence, search, filters and neighbourhood
 * highlighting. Inlined into the page by visualize/page.py.
 *
 * Safety: every text from the data reaches the page through textContent or
 * the vis canvas (labels are drawn, never parsed); vis never gets a `title`,
 * so its own HTML tooltips are never used.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var container = document.getElementById("kg-network");
  var tooltip = document.getElementById("kg-tooltip");
  var details = document.getElementById("kg-details");
  var statusLine = document.getElementById("kg-status");
  var large = data.layout.mode === "precomputed";

  var nodeStyle = {};
  data.legend.nodes.forEach(function (s) { nodeStyle[s.type] = s; });
  var edgeStyle = {};
  data.legend.edges.forEach(function (s) { edgeStyle[s.style] = s; });
  var nodeRec = {};
  data.nodes.forEach(function (n) { nodeRec[n.id] = n; });
  var edgeRec = {};
  data.edges.forEach(function (e) { edgeRec[e.id] = e; });
  var edgesOfFact = {};
  data.edges.forEach(function (e) { (edgesOfFact[e.fact] = edgesOfFact[e.fact] || []).push(e.id); });

  var STATUS = { current: "現行", planned: "予定", possible: "可能性", replaced: "置換済み",
                 ended: "終了" };
  var ACCESS = { controller: "自治体自身", direct: "直接", "via-system": "システム経由",
                 entrusted: "委託先", transitive: "転送先", incidental: "偶発的",
                 excluded: "除外（取得不可）" };
  var DEPENDENCY = { holds: "保有", "received-from": "受領", "stored-by": "保管", "accessed-by": "閲覧・運用", "sends-to": "送信先を失う",
                     "receives-from": "受信を失う", "loses-system": "システムを失う",
                     "loses-work": "業務を失う", "loses-contractor": "委託先を失う",
                     "loses-subcontractor": "再委託先を失う", "loses-maintainer": "保守を失う",
                     "system-stops": "停止", contract: "契約先", connection: "接続先" };
  var KIND = { flow: "データの流れ", relation: "責任関係", access: "アクセス" };
  var DIM = "rgba(200,200,200,0.35)";

  // --- small DOM helpers: text only, never HTML ---------------------------
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function row(dl, term, value) {
    if (value === undefined || value === null || value === "" ||
        (Array.isArray(value) && value.length === 0)) { return; }
    dl.appendChild(el("dt", term));
    dl.appendChild(el("dd", Array.isArray(value) ? value.join("、") : value));
  }
  function labelOf(id) { var n = nodeRec[id]; return n ? n.label : id; }
  function typeLabel(type) { var s = nodeStyle[type]; return s ? s.label : type; }

  // --- vis items -------------------------------------------------------------
  // Colours come from the legend (our own constants), never from data text.
  function cylinderSvg(fill, stroke) {
    return '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="44" viewBox="0 0 40 44">' +
      '<path d="M2 8 v28 a18 6 0 0 0 36 0 v-28" fill="' + fill + '" stroke="' + stroke + '" stroke-width="2.5"/>' +
      '<ellipse cx="20" cy="8" rx="18" ry="6" fill="' + fill + '" stroke="' + stroke + '" stroke-width="2.5"/>' +
      '<path d="M2 16 a18 6 0 0 0 36 0" fill="none" stroke="#ffffff" stroke-opacity="0.5" stroke-width="1.5"/></svg>';
  }
  function cylinder(fill, stroke) {
    return "data:image/svg+xml;charset=utf-8," + encodeURIComponent(cylinderSvg(fill, stroke));
  }
  function visNode(n) {
    var s = nodeStyle[n.type] || nodeStyle["person-role"];
    var label = n.label;
    if (n.access) { label += "\n（" + (ACCESS[n.access] || n.access) + "）"; }
    if (n.dependency) {
      label += "\n（" + (DEPENDENCY[n.dependency] || n.dependency) + "・距離" + n.distance + "）";
    }
    var item = {
      id: n.id, label: label, shape: s.shape, size: s.size, opacity: 1,
      color: { background: s.color, border: s.border,
               highlight: { background: s.color, border: "#f1c40f" },
               hover: { background: s.color, border: "#f1c40f" } },
      font: { color: "#1c2833" },
      borderWidth: n.focus ? 4 : (n.access === "excluded" ? 3 : 1.5)
    };
    if (s.shape === "database") {  // a cylinder icon, so the label sits below it
      item.shape = "image";
      item.image = cylinder(s.color, n.access === "excluded" ? "#e74c3c" : n.access ? "#f1c40f" : s.border);
      item.size = n.focus ? s.size * 1.3 : s.size;
    }
    if (n.type === "unnamed-party") { item.shapeProperties = { borderDashes: [3, 3] }; }
    if (n.access === "excluded") { item.color.border = "#e74c3c"; }
    else if (n.access) { item.color.border = "#f1c40f"; item.borderWidth = n.focus ? 4 : 3; }
    return item;
  }

  var pairCount = {};
  function visEdge(e) {
    var item = { id: e.id, from: e.from, to: e.to, label: e.label || undefined,
                 arrows: { to: { enabled: true, type: "arrow" } }, width: 2, dashes: false };
    var color = "#2e86c1";
    e.style.forEach(function (key) {
      var s = edgeStyle[key] || {};
      if (s.color) { color = s.color; }
      if (s.width) { item.width = s.width; }
      if (s.dashes !== undefined) { item.dashes = s.dashes; }
      if (s.arrow) { item.arrows.to.type = s.arrow; }
      if (s.shadow) {
        item.shadow = { enabled: true, color: s.shadow, size: 10, x: 0, y: 0 };
        item.width += 2;
      }
    });
    item.color = { color: color, highlight: large ? "#d4ac0d" : color, hover: color, inherit: false };
    item.font = { color: color === "#aab7b8" ? "#7b7d7d" : "#1c2833" };
    if (!large) {  // spread parallel edges between the same two nodes
      var key = [e.from, e.to].sort().join("\u0000");
      var k = pairCount[key] = (pairCount[key] || 0) + 1;
      if (k > 1) {
        item.smooth = { enabled: true, type: k % 2 ? "curvedCW" : "curvedCCW",
                        roundness: 0.15 * Math.ceil((k - 1) / 2) + 0.1 };
      }
    }
    return item;
  }

  // The styles each item starts with; the DataSets get copies, so that dimming
  // an item never changes what it is restored to.
  function clone(item) { return JSON.parse(JSON.stringify(item)); }
  var baseNodes = {};
  var baseEdges = {};
  // Large views start plain (see applyDetail below): they open zoomed out.
  function plainNode(id) {
    var item = clone(baseNodes[id]);
    if (item.shape === "image") { item.shape = "square"; item.size = 8; }
    return item;
  }
  function plainEdge(id) {
    var item = clone(baseEdges[id]);
    item.dashes = false; item.width = 1; item.shadow = { enabled: false };
    item.arrows.to.enabled = false;
    return item;
  }
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    baseNodes[n.id] = visNode(n);
    var copy = large ? plainNode(n.id) : clone(baseNodes[n.id]);
    if (n.x !== undefined) { copy.x = n.x; copy.y = n.y; }  // precomputed layout
    return copy;
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    baseEdges[e.id] = visEdge(e);
    return large ? plainEdge(e.id) : clone(baseEdges[e.id]);
  }));

  // --- filters ---------------------------------------------------------------
  var state = { municipality: "", category: "", types: {} };
  data.filters.types.forEach(function (t) { state.types[t] = true; });
  var closures = {};
  data.filters.categories.forEach(function (c) { closures[c.id] = c.closure; });
  var visibleNodes = null;  // null: every node whose type is on
  var network = null;

  function edgePasses(e) {
    if (state.municipality && e.municipality !== state.municipality) { return false; }
    if (state.category) {
      var wanted = closures[state.category] || [];
      if (!e.categories.some(function (c) { return wanted.indexOf(c) >= 0; })) { return false; }
    }
    return true;
  }
  function recompute() {
    if (!state.municipality && !state.category) { visibleNodes = null; return; }
    visibleNodes = {};
    data.edges.forEach(function (e) {
      if (edgePasses(e)) { visibleNodes[e.from] = true; visibleNodes[e.to] = true; }
    });
    if (state.municipality && !state.category) {
      data.nodes.forEach(function (n) {
        if (n.municipalities.indexOf(state.municipality) >= 0) { visibleNodes[n.id] = true; }
      });
    }
  }
  function nodeShown(id) {
    var n = nodeRec[id];
    return !!n && state.types[n.type] === true && (visibleNodes === null || visibleNodes[id] === true);
  }
  var nodeView = new vis.DataView(nodes, { filter: function (item) { return nodeShown(item.id); } });
  var edgeView = new vis.DataView(edges, { filter: function (item) {
    var e = edgeRec[item.id];
    return edgePasses(e) && nodeShown(e.from) && nodeShown(e.to);
  } });
  function applyFilters() {
    recompute();
    clearHighlight();
    nodeView.refresh();
    edgeView.refresh();
    updateCounts();
    if (network) { network.fit({ animation: false }); applyDetail(); }
  }

  // --- the network -------------------------------------------------------------
  network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);
  var api = window.kgDiagram = {
    network: network, nodes: nodes, edges: edges, data: data, stable: false, stableAt: null,
    startedAt: performance.now(), nodeView: nodeView, edgeView: edgeView, detailed: !large,
    edgePoint: edgePoint, nodePoint: nodePoint
  };

  // Level of detail for large views: zoomed out, edges are drawn plain (no
  // arrows, no dashes) and systems as squares, which makes each frame several
  // times cheaper; zoomed in, every style is back.
  var LOD_SCALE = 0.3, detailed = !large, lodTimer = null;
  function applyDetail() {
    if (!large) { return; }
    var want = network.getScale() >= LOD_SCALE;
    if (want === detailed) { return; }
    detailed = want;
    edges.update(data.edges.map(function (e) { return want ? clone(baseEdges[e.id]) : plainEdge(e.id); }));
    nodes.update(data.nodes.filter(function (n) { return baseNodes[n.id].shape === "image"; })
      .map(function (n) { return want ? clone(baseNodes[n.id]) : plainNode(n.id); }));
    api.detailed = detailed;
  }
  network.on("zoom", function () {
    clearTimeout(lodTimer);
    lodTimer = setTimeout(applyDetail, 150);
  });

  function markStable() {
    if (api.stable) { return; }
    applyDetail();
    api.stable = true;
    api.stableAt = performance.now();
    document.body.setAttribute("data-layout", "stable");
    statusLine.textContent = large ? "配置は事前計算済み（物理演算なし）" : "配置完了";
  }
  if (large || data.nodes.length === 0) {
    network.once("afterDrawing", markStable);
    if (data.nodes.length === 0) {
      container.appendChild(el("div", "この条件に当てはまる要素はありません。", "kg-empty"));
      markStable();
    }
  } else {
    network.on("stabilizationProgress", function (p) {
      statusLine.textContent = "配置を計算中… " + Math.round(100 * p.iterations / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });  // the layout now holds still
      markStable();
    });
  }

  // Page coordinates of an edge's midpoint and of a node (used by tests and benchmarks).
  function toPage(p) {
    var dom = network.canvasToDOM(p);
    var box = container.getBoundingClientRect();
    return { x: box.left + dom.x, y: box.top + dom.y };
  }
  function edgePoint(id) {
    var edge = network.body.edges[id];
    if (edge && edge.edgeType && edge.edgeType.getPoint) { return toPage(edge.edgeType.getPoint(0.5)); }
    var pos = network.getPositions([edgeRec[id].from, edgeRec[id].to]);
    var a = pos[edgeRec[id].from], b = pos[edgeRec[id].to];
    return toPage({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  }
  function nodePoint(id) { return toPage(network.getPositions([id])[id]); }

  // --- cards: the contents of tooltips and of the details panel ---------------
  function edgeCard(e, maxQuotes) {
    var card = el("div", null, "kg-card");
    var head = el("h3");
    if (e.specific) { head.appendChild(el("span", "特定個人情報", "kg-badge kg-specific")); }
    if (e.type === "excluded") { head.appendChild(el("span", "除外", "kg-badge kg-excluded")); }
    if (e.draft) { head.appendChild(el("span", "草案・未確認", "kg-badge kg-draft")); }
    var title = e.kind === "access" ? e.label : (KIND[e.kind] || e.kind) +
      (e.kind === "relation" ? "：" + e.label : "");
    head.appendChild(document.createTextNode(title + "  [" + e.fact + "]"));
    card.appendChild(head);
    var dl = el("dl");
    var ends = labelOf(e.from) + " → " + labelOf(e.to);
    row(dl, e.kind === "access" ? "データ項目 → 関係者" : e.kind === "relation" ? "主体 → 対象"
        : "送り手 → 受け手", ends);
    if (e.via) { row(dl, "経由", labelOf(e.via) + (e.segment ? "（区間 " + e.segment + "/2）" : "")); }
    row(dl, "データ項目", e.category_labels);
    if (e.kind === "flow") { row(dl, "経路", e.channel_label || "記載なし"); }
    else { row(dl, "経路", e.channel_label); }
    row(dl, "頻度", e.frequency);
    row(dl, "状態", e.status ? (STATUS[e.status] || e.status) : null);
    row(dl, "条件", e.condition);
    row(dl, "置換先", e.replaced_by);
    row(dl, "目的", e.purpose);
    row(dl, "業務", e.work);
    if (e.system) { row(dl, "システム", e.system_label || labelOf(e.system)); }
    if (e.transformation) {
      row(dl, "変換", (e.transformation.description || "") + " −" +
          (e.transformation.removes || []).join(",") + " +" + (e.transformation.adds || []).join(","));
    }
    row(dl, "議題", e.item_title ? e.item_title + "（" + e.item + "）" : e.item);
    row(dl, "自治体", e.municipality ? labelOf(e.municipality) : null);
    row(dl, "会議日", e.date);
    card.appendChild(dl);
    var shown = maxQuotes ? e.evidence.slice(0, maxQuotes) : e.evidence;
    shown.forEach(function (ev) {
      var q = el("blockquote", ev.quote);
      q.appendChild(el("cite", ev.source + " : " + ev.line + " 行目（会議日 " + ev.date + "）"));
      card.appendChild(q);
    });
    if (e.evidence.length > shown.length) {
      card.appendChild(el("div", "ほか " + (e.evidence.length - shown.length) +
                          " 件の根拠（クリックで表示）", "kg-more"));
    }
    if (e.note) { card.appendChild(el("div", e.note, "kg-more")); }
    return card;
  }
  function nodeCard(n) {
    var card = el("div", null, "kg-card");
    card.appendChild(el("h3", n.label));
    var dl = el("dl");
    row(dl, "英語名", n.label_en);
    row(dl, "種類", typeLabel(n.type) + (n.role ? "（" + n.role + "）" : ""));
    row(dl, "別名", n.aliases);
    row(dl, "自治体", (n.municipalities || []).map(labelOf));
    if (n.sensitivity) { row(dl, "機微度", n.sensitivity); }
    if (n.access_kinds) {
      row(dl, "見え方", n.access_kinds.map(function (k) { return ACCESS[k] || k; }));
      row(dl, "経路数", n.routes ? n.routes.length : 0);
    }
    row(dl, "つながり", network.getConnectedEdges(n.id).length);
    row(dl, "説明", n.description);
    row(dl, "ID", n.id);
    card.appendChild(dl);
    return card;
  }

  // --- hover tooltips -------------------------------------------------------------
  function showTooltip(card, pointer) {
    tooltip.replaceChildren(card);
    tooltip.hidden = false;
    var box = container.getBoundingClientRect();
    var x = box.left + pointer.x + 14, y = box.top + pointer.y + 14;
    var w = tooltip.offsetWidth, h = tooltip.offsetHeight;
    if (x + w > window.innerWidth - 4) { x = Math.max(4, x - w - 28); }
    if (y + h > window.innerHeight - 4) { y = Math.max(4, window.innerHeight - h - 4); }
    tooltip.style.left = x + "px";
    tooltip.style.top = y + "px";
  }
  function hideTooltip() { tooltip.hidden = true; tooltip.replaceChildren(); }
  network.on("hoverEdge", function (p) { showTooltip(edgeCard(edgeRec[p.edge], 4), p.pointer.DOM); });
  network.on("hoverNode", function (p) { showTooltip(nodeCard(nodeRec[p.node]), p.pointer.DOM); });
  network.on("blurEdge", hideTooltip);
  network.on("blurNode", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);

  // --- neighbourhood highlight --------------------------------------------------------
  // Small views dim everything else; large views (thousands of items, where
  // restyling every item would take seconds) select the neighbourhood instead.
  var highlighted = false;
  function highlight(nodeIds, edgeIds) {
    if (large) {
      network.setSelection({
        nodes: nodeIds.filter(function (id) { return nodeView.get(id) !== null; }),
        edges: edgeIds.filter(function (id) { return edgeView.get(id) !== null; })
      }, { unselectAll: true, highlightEdges: false });
      highlighted = true;
      return;
    }
    var keepN = {}, keepE = {};
    nodeIds.forEach(function (id) { keepN[id] = true; });
    edgeIds.forEach(function (id) { keepE[id] = true; });
    nodes.update(data.nodes.map(function (n) {
      if (keepN[n.id]) { return clone(baseNodes[n.id]); }
      return { id: n.id, opacity: 0.2, font: { color: "#c8c8c8" } };
    }));
    edges.update(data.edges.map(function (e) {
      if (keepE[e.id]) { return clone(baseEdges[e.id]); }
      return { id: e.id, color: { color: DIM, highlight: DIM, hover: DIM, inherit: false },
               font: { color: "#d0d0d0" }, shadow: { enabled: false } };
    }));
    highlighted = true;
  }
  function clearHighlight() {
    if (!highlighted) { return; }
    if (large) { network.unselectAll(); highlighted = false; return; }
    nodes.update(data.nodes.map(function (n) { return clone(baseNodes[n.id]); }));
    edges.update(data.edges.map(function (e) { return clone(baseEdges[e.id]); }));
    highlighted = false;
  }
  function neighbourhood(id) {
    var keepN = [id].concat(network.getConnectedNodes(id));
    var keepE = network.getConnectedEdges(id);
    (nodeRec[id].routes || []).forEach(function (route) {  // who-can-see: the party's routes
      route.forEach(function (fact) {
        (edgesOfFact[fact] || []).forEach(function (eid) {
          keepE.push(eid); keepN.push(edgeRec[eid].from, edgeRec[eid].to);
        });
      });
    });
    highlight(keepN, keepE);
  }
  function showDetails(card) {
    details.replaceChildren(el("h2", "選択中"), card);
    details.hidden = false;
  }
  network.on("click", function (p) {
    if (p.nodes.length) {
      neighbourhood(p.nodes[0]);
      showDetails(nodeCard(nodeRec[p.nodes[0]]));
    } else if (p.edges.length) {
      var e = edgeRec[p.edges[0]];
      highlight([e.from, e.to], edgesOfFact[e.fact] || [e.id]);
      showDetails(edgeCard(e, 0));
    } else {
      clearHighlight();
      details.hidden = true;
    }
  });

  // --- search -------------------------------------------------------------------------
  var searchBox = document.getElementById("kg-search");
  var searchCount = document.getElementById("kg-search-count");
  var names = document.getElementById("kg-names");
  function norm(s) { return String(s || "").normalize("NFKC").toLowerCase().replace(/\s+/g, ""); }
  var haystack = data.nodes.map(function (n) {
    return { id: n.id, text: norm([n.id, n.label, n.label_en].concat(n.aliases || []).join("\u0001")) };
  });
  data.nodes.forEach(function (n) {
    var o = document.createElement("option"); o.value = n.label; names.appendChild(o);
  });
  function search(text) {
    var q = norm(text);
    if (!q) { clearHighlight(); searchCount.textContent = ""; return []; }
    var found = haystack.filter(function (h) { return h.text.indexOf(q) >= 0 && nodeShown(h.id); })
      .map(function (h) { return h.id; });
    searchCount.textContent = found.length + " 件";
    if (found.length) {
      var keepE = [];
      found.forEach(function (id) { keepE = keepE.concat(network.getConnectedEdges(id)); });
      highlight(found, keepE);
      network.selectNodes(found, false);
      if (found.length === 1) { network.focus(found[0], { scale: 1.2, animation: false }); }
      else { network.fit({ nodes: found, animation: false }); }
      applyDetail();
    } else { clearHighlight(); }
    return found;
  }
  api.search = search;
  searchBox.addEventListener("change", function () { search(searchBox.value); });
  searchBox.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { search(searchBox.value); } });

  // --- filter controls -------------------------------------------------------------------
  var muniSelect = document.getElementById("kg-filter-municipality");
  data.filters.municipalities.forEach(function (m) {
    var o = el("option", m.label); o.value = m.id; muniSelect.appendChild(o);
  });
  var catSelect = document.getElementById("kg-filter-category");
  data.filters.categories.forEach(function (c) {
    var o = el("option", c.label + (c.label_en ? " / " + c.label_en : "")); o.value = c.id;
    catSelect.appendChild(o);
  });
  muniSelect.addEventListener("change", function () { state.municipality = muniSelect.value; applyFilters(); });
  catSelect.addEventListener("change", function () { state.category = catSelect.value; applyFilters(); });
  var typeBox = document.getElementById("kg-filter-types");
  data.filters.types.forEach(function (t) {
    var label = el("label"), box = document.createElement("input");
    box.type = "checkbox"; box.checked = true; box.value = t;
    box.addEventListener("change", function () { state.types[t] = box.checked; applyFilters(); });
    label.appendChild(box); label.appendChild(document.createTextNode(typeLabel(t)));
    typeBox.appendChild(label);
  });
  document.getElementById("kg-reset").addEventListener("click", function () {
    muniSelect.value = ""; catSelect.value = ""; searchBox.value = ""; searchCount.textContent = "";
    state.municipality = ""; state.category = "";
    typeBox.querySelectorAll("input").forEach(function (b) { b.checked = true; state.types[b.value] = true; });
    applyFilters();
    details.hidden = true;
    network.unselectAll();
    network.fit({ animation: false });
  });
  api.setFilter = function (name, value) {
    if (name === "type") { state.types[value[0]] = value[1]; }
    else { state[name] = value; }
    applyFilters();
    return { nodes: nodeView.length, edges: edgeView.length };
  };

  // --- legend and counts -------------------------------------------------------------------
  var SVG = "http://www.w3.org/2000/svg";
  function svg(w, h) {
    var s = document.createElementNS(SVG, "svg");
    s.setAttribute("width", w); s.setAttribute("height", h); s.setAttribute("viewBox", "0 0 " + w + " " + h);
    return s;
  }
  function shapeEl(shape, fill, stroke) {
    var pts = { diamond: "10,1 19,10 10,19 1,10", triangle: "10,2 19,18 1,18",
                triangleDown: "1,2 19,2 10,18", hexagon: "5,2 15,2 19,10 15,18 5,18 1,10",
                star: "10,1 12.5,7.5 19,7.5 14,12 16,19 10,15 4,19 6,12 1,7.5 7.5,7.5" }[shape];
    var e;
    if (shape === "database") {
      e = document.createElementNS(SVG, "image");
      e.setAttribute("href", cylinder(fill, stroke));
      e.setAttribute("x", 2); e.setAttribute("y", 1); e.setAttribute("width", 16); e.setAttribute("height", 18);
      return e;
    }
    if (pts) { e = document.createElementNS(SVG, "polygon"); e.setAttribute("points", pts); }
    else if (shape === "dot" || shape === "ellipse" || shape === "circle") {
      e = document.createElementNS(SVG, "circle");
      e.setAttribute("cx", 10); e.setAttribute("cy", 10); e.setAttribute("r", 7);
    } else {
      e = document.createElementNS(SVG, "rect");
      e.setAttribute("x", 2); e.setAttribute("y", 4); e.setAttribute("width", 16); e.setAttribute("height", 12);
      if (shape === "database") { e.setAttribute("rx", 4); }
    }
    e.setAttribute("fill", fill); e.setAttribute("stroke", stroke); e.setAttribute("stroke-width", 1.5);
    return e;
  }
  function legendItem(swatch, s, count) {
    var item = el("div", null, "kg-legend-item" + (count ? "" : " kg-absent"));
    item.appendChild(swatch);
    var text = el("span", s.label);
    text.appendChild(document.createTextNode(" "));
    text.appendChild(el("span", s.label_en, "kg-en"));
    item.appendChild(text);
    item.appendChild(el("span", String(count), "kg-legend-count"));
    return item;
  }
  var legendBox = document.getElementById("kg-legend");
  legendBox.appendChild(el("h3", "ノード（色と形＝種類）"));
  data.legend.nodes.forEach(function (s) {
    var sw = svg(20, 20); sw.appendChild(shapeEl(s.shape, s.color, s.border));
    legendBox.appendChild(legendItem(sw, s, s.count));
  });
  legendBox.appendChild(el("h3", "線（矢印＝流れの向き）"));
  data.legend.edges.forEach(function (s) {
    var base = visEdge({ id: "", from: "a", to: "b", style: s.style === "flow" || s.style === "relation" ||
      s.style === "incidental" || s.style === "excluded" ? [s.style] : ["flow", s.style] });
    var sw = svg(36, 14), line = document.createElementNS(SVG, "line");
    line.setAttribute("x1", 2); line.setAttribute("y1", 7); line.setAttribute("x2", 34); line.setAttribute("y2", 7);
    line.setAttribute("stroke", base.color.color);
    line.setAttribute("stroke-width", Math.min(base.width, 5));
    if (base.dashes) { line.setAttribute("stroke-dasharray", base.dashes.join(" ")); }
    // CSSOM, not a style attribute: a strict Content-Security-Policy allows it
    if (base.shadow) { line.style.filter = "drop-shadow(0 0 2px " + base.shadow.color + ")"; }
    sw.appendChild(line);
    legendBox.appendChild(legendItem(sw, s, s.count));
  });
  pairCount = {};

  function updateCounts() {
    document.getElementById("kg-counts").textContent =
      "ノード " + nodeView.length + " / " + nodes.length + "　線 " + edgeView.length + " / " + edges.length;
  }
  updateCounts();
})();
