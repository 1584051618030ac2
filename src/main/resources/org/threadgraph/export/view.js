// threadgraph view: lays out the embedded graph with d3-force and wires filters and details.
// Every text from the graph is set with textContent, never parsed as HTML.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('graph-data').textContent);
  var colours = data.colours;
  var participantsMode = data.mode === 'participants';
  var nodes = data.elements.nodes.map(function (n) { return Object.assign({}, n.data); });
  var links = data.elements.edges.map(function (e) { return Object.assign({}, e.data); });
  var campColour = new Map(data.camps.map(function (c) { return [c.id, c.colour]; }));
  var campName = new Map(data.camps.map(function (c) { return [c.id, c.name]; }));

  function stanceOf(e) {
    if (e.stance) { return e.stance; }
    if (e.agree !== undefined) {
      return e.agree > e.disagree ? 'agree' : (e.disagree > e.agree ? 'disagree' : 'neutral');
    }
    return 'neutral';
  }
  function fill(d) {
    if (d.nodeType === 'Post') { return colours.post; }
    return campColour.get(d.camp) || colours.noCamp;
  }
  function stroke(e) { return e.type === 'REPLY_TO' ? colours.structural : colours[stanceOf(e)] || colours.neutral; }
  function whoOf(d) { return participantsMode ? d.id : d.participant; }

  var incoming = new Map();
  var linked = new Set();
  links.forEach(function (e) {
    if (e.type === 'RESPONDS_TO') { incoming.set(e.target, (incoming.get(e.target) || 0) + (e.responses || 1)); }
    linked.add(e.source);
    linked.add(e.target);
  });
  // Writers of a single comment that nobody answered and that answers nobody: hidden until asked for,
  // so the people who talk to each other are what the participant view shows first.
  function isolated(d) { return participantsMode && !linked.has(d.id) && (d.comments || 0) <= 1; }
  var lonely = nodes.filter(isolated);
  var laidOut = nodes.filter(function (d) { return !isolated(d); });
  function radius(d) {
    if (d.nodeType === 'Post') { return 14; }
    if (participantsMode) { return 4 + 3.5 * Math.sqrt(d.comments || 1); }
    return 6 + 2 * Math.sqrt(incoming.get(d.id) || 0);
  }
  // Participants are named when they wrote more than one comment; every node names itself on hover.
  function shortCaption(d) {
    if (d.nodeType === 'Post') { return 'post'; }
    if (participantsMode) { return (d.comments || 0) > 1 || incoming.has(d.id) ? d.caption : ''; }
    return d.label ? '#' + d.label : '';
  }

  // Layout computed up front, so the page is complete when it has loaded.
  var simulation = d3.forceSimulation(laidOut)
    .force('link', d3.forceLink(links).id(function (d) { return d.id; })
      .distance(function (e) { return participantsMode ? 110 : (e.type === 'REPLY_TO' ? 70 : 55); })
      .strength(function (e) { return e.type === 'REPLY_TO' ? 0.15 : 0.6; }))
    .force('charge', d3.forceManyBody().strength(-260))
    .force('collide', d3.forceCollide(function (d) { return radius(d) + 4; }))
    .force('x', d3.forceX(0).strength(0.04))
    .force('y', d3.forceY(0).strength(0.04))
    .stop();
  // Fewer steps for big graphs, so that a blog-wide page still opens in seconds.
  var steps = nodes.length > 3000 ? 120 : 400;
  for (var i = 0; i < steps; i++) { simulation.tick(); }
  // The hidden one-comment writers wait in rows below the drawing.
  var bottom = laidOut.reduce(function (m, d) { return Math.max(m, d.y); }, 0) + 60;
  var left = laidOut.reduce(function (m, d) { return Math.min(m, d.x); }, 0);
  lonely.forEach(function (d, k) { d.x = left + (k % 20) * 24; d.y = bottom + Math.floor(k / 20) * 24; });

  var svg = d3.select('#graph');
  var defs = svg.append('defs');
  ['agree', 'disagree', 'neutral', 'structural'].forEach(function (k) {
    defs.append('marker').attr('id', 'arrow-' + k).attr('viewBox', '0 -4 8 8').attr('refX', 8).attr('refY', 0)
      .attr('markerUnits', 'userSpaceOnUse').attr('markerWidth', 11).attr('markerHeight', 11).attr('orient', 'auto')
      .append('path').attr('d', 'M0,-4L8,0L0,4').attr('fill', colours[k]);
  });
  var world = svg.append('g');
  var zoom = d3.zoom().scaleExtent([0.05, 10]).on('zoom', function (ev) { world.attr('transform', ev.transform); });
  svg.call(zoom);

  // Edges bend a little, so that answers both ways between two nodes stay apart.
  var linkSel = world.append('g').attr('class', 'links').selectAll('path').data(links).join('path')
    .attr('class', function (e) { return 'link ' + (e.type === 'REPLY_TO' ? 'structural' : 'response'); })
    .attr('fill', 'none')
    .attr('stroke', stroke)
    .attr('stroke-width', function (e) { return e.responses ? 1 + Math.log2(e.responses) : (e.type === 'REPLY_TO' ? 1.2 : 2); })
    .attr('stroke-dasharray', function (e) { return e.type === 'REPLY_TO' ? '5,4' : null; })
    // Structural replies all point at their top-level comment, so arrowheads would pile up there: the
    // dashed line alone says "filed under", and it bends the other way from the real reply beside it.
    .attr('marker-end', function (e) { return e.type === 'REPLY_TO' ? null : 'url(#arrow-' + stanceOf(e) + ')'; })
    .attr('d', curve);

  // A quadratic curve from the source's centre to the target's rim.
  function curve(e) {
    var sx = e.source.x, sy = e.source.y, tx = e.target.x, ty = e.target.y;
    var dx = tx - sx, dy = ty - sy, len = Math.sqrt(dx * dx + dy * dy) || 1;
    var bend = e.type === 'REPLY_TO' ? -0.12 : 0.12;
    var cx = (sx + tx) / 2 - dy * bend, cy = (sy + ty) / 2 + dx * bend;
    var ex = tx - cx, ey = ty - cy, elen = Math.sqrt(ex * ex + ey * ey) || 1;
    var r = e.type === 'REPLY_TO' ? 0 : radius(e.target) + 1;
    return 'M' + sx + ',' + sy + 'Q' + cx + ',' + cy + ' ' + (tx - ex / elen * r) + ',' + (ty - ey / elen * r);
  }

  var nodeSel = world.append('g').attr('class', 'nodes').selectAll('circle').data(nodes).join('circle')
    .attr('class', 'node').attr('r', radius).attr('fill', fill)
    .attr('cx', function (d) { return d.x; }).attr('cy', function (d) { return d.y; })
    .attr('data-id', function (d) { return d.id; })
    .on('click', function (ev, d) { ev.stopPropagation(); select(d); });
  nodeSel.append('title').text(function (d) { return d.caption; });
  var captionSel = world.append('g').attr('class', 'captions').selectAll('text').data(nodes).join('text')
    .attr('class', 'caption').attr('x', function (d) { return d.x + radius(d) + 2; })
    .attr('y', function (d) { return d.y + 3; }).text(shortCaption);

  // Fit what is shown into the window.
  function fit() {
    var box = world.node().getBBox();
    var rect = svg.node().getBoundingClientRect();
    var scale = Math.min(2, 0.92 * Math.min(rect.width / (box.width || 1), rect.height / (box.height || 1)));
    svg.call(zoom.transform, d3.zoomIdentity.translate(rect.width / 2, rect.height / 2).scale(scale)
      .translate(-(box.x + box.width / 2), -(box.y + box.height / 2)));
  }

  // Filters.
  var shownCamps = new Set(data.camps.map(function (c) { return c.id; }).concat(['']));
  var shownStances = new Set(['agree', 'disagree', 'neutral']);
  var showStructural = true;
  var showLonely = false;
  var focus = '';

  function checkbox(container, label, checked, onChange, swatch) {
    var l = document.createElement('label');
    var box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = checked;
    box.addEventListener('change', function () { onChange(box.checked); apply(); });
    l.appendChild(box);
    if (swatch) { l.appendChild(swatch); }
    l.appendChild(document.createTextNode(label));
    container.appendChild(l);
  }
  function swatch(colour, cls) {
    var s = document.createElement('span');
    s.className = cls || 'swatch';
    if (cls) { s.style.borderTopColor = colour; } else { s.style.background = colour; }
    return s;
  }
  var campBox = document.getElementById('camp-filter');
  data.camps.forEach(function (c) {
    checkbox(campBox, c.name, true, function (on) { toggle(shownCamps, c.id, on); }, swatch(c.colour));
  });
  checkbox(campBox, 'no camp', true, function (on) { toggle(shownCamps, '', on); }, swatch(colours.noCamp));
  var stanceBox = document.getElementById('stance-filter');
  ['agree', 'disagree', 'neutral'].forEach(function (s) {
    checkbox(stanceBox, s, true, function (on) { toggle(shownStances, s, on); }, swatch(colours[s], 'line'));
  });
  var structureBox = document.getElementById('structure-filter');
  if (links.some(function (e) { return e.type === 'REPLY_TO'; })) {
    checkbox(structureBox, 'structural replies', true, function (on) { showStructural = on; },
      swatch(colours.structural, 'line dashed'));
  } else {
    structureBox.remove();
  }
  if (lonely.length) {
    checkbox(structureBox.isConnected ? structureBox : campBox, 'show ' + lonely.length + ' one-comment writer'
      + (lonely.length === 1 ? '' : 's') + ' nobody answered', false, function (on) { showLonely = on; setTimeout(fit, 0); });
  }
  var who = new Map();
  nodes.forEach(function (d) {
    var key = whoOf(d);
    if (key) { who.set(key, participantsMode ? d.caption : (d.participantName || d.authorName || key)); }
  });
  var select_ = document.getElementById('participant-filter');
  Array.from(who.entries()).sort(function (a, b) { return a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]); })
    .forEach(function (kv) {
      var o = document.createElement('option');
      o.value = kv[0];
      o.textContent = kv[1] + (kv[1] === kv[0] ? '' : ' (' + kv[0] + ')');
      select_.appendChild(o);
    });
  select_.addEventListener('change', function () { focus = select_.value; apply(); });

  function toggle(set, value, on) { if (on) { set.add(value); } else { set.delete(value); } }
  function nodeShown(d) {
    if (isolated(d) && !showLonely) { return false; }
    return d.nodeType === 'Post' || shownCamps.has(d.camp || '');
  }
  function linkShown(e) {
    if (!nodeShown(e.source) || !nodeShown(e.target)) { return false; }
    return e.type === 'REPLY_TO' ? showStructural : shownStances.has(stanceOf(e));
  }
  function focused(d) { return !focus || whoOf(d) === focus; }
  function apply() {
    nodeSel.attr('display', function (d) { return nodeShown(d) ? null : 'none'; })
      .attr('opacity', function (d) { return focused(d) ? 1 : 0.15; });
    captionSel.attr('display', function (d) { return nodeShown(d) ? null : 'none'; })
      .attr('opacity', function (d) { return focused(d) ? 1 : 0.15; });
    linkSel.attr('display', function (e) { return linkShown(e) ? null : 'none'; })
      .attr('opacity', function (e) { return !focus || focused(e.source) || focused(e.target) ? 0.9 : 0.08; });
  }
  apply();
  fit();

  // Details of the clicked node.
  var details = document.getElementById('details');
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function facts(pairs) {
    var dl = el('dl');
    pairs.forEach(function (p) {
      if (p[1] === undefined || p[1] === null || p[1] === '') { return; }
      dl.appendChild(el('dt', p[0]));
      var dd = el('dd');
      if (p[2]) {
        var a = el('a', p[1]);
        a.href = p[2];
        dd.appendChild(a);
      } else {
        dd.textContent = String(p[1]);
      }
      dl.appendChild(dd);
    });
    return dl;
  }
  function number(x, digits) { return typeof x === 'number' ? x.toFixed(digits) : x; }
  function edgeBox(e, other, outgoing) {
    var div = el('div', null, 'edge');
    div.style.borderLeftColor = stroke(e);
    div.appendChild(el('strong', (outgoing ? '→ ' : '← ') + other.caption));
    if (e.type === 'REPLY_TO') {
      div.appendChild(facts([['type', 'structural reply (filed under it)']]));
    } else if (e.responses !== undefined) {
      div.appendChild(facts([['responses', e.responses], ['agree', e.agree], ['disagree', e.disagree]]));
    } else {
      div.appendChild(facts([['method', e.method], ['confidence', number(e.confidence, 2)], ['evidence', e.evidence],
        ['stance', e.stance], ['stance confidence', number(e.stanceConfidence, 2)],
        ['stance evidence', e.stanceEvidence]]));
    }
    return div;
  }
  function select(d) {
    nodeSel.classed('selected', function (n) { return n === d; });
    try { history.replaceState(null, '', '#node=' + encodeURIComponent(d.id)); } catch (e) { /* some file:// pages refuse */ }
    details.replaceChildren();
    details.appendChild(el('h2', d.caption));
    if (d.nodeType === 'Post') {
      details.appendChild(facts([['date', d.date], ['permalink', d.url, d.url], ['comments', d.size],
        ['participants', d.participants], ['real depth', d.realDepth], ['structural depth', d.structuralDepth],
        ['duration (min)', d.durationMinutes], ['polarisation', number(d.polarisation, 2)]]));
      if (d.bodyText) { details.appendChild(el('div', d.bodyText, 'text')); }
    } else if (participantsMode) {
      details.appendChild(facts([['key', d.id], ['kind', d.kind], ['comments', d.comments],
        ['camp', campName.get(d.camp) || d.camp], ['PageRank', number(d.pagerank, 3)],
        ['PageRank rank', d.pagerankRank], ['betweenness', number(d.betweenness, 2)],
        ['betweenness rank', d.betweennessRank]]));
    } else {
      details.appendChild(facts([['participant', d.participantName || d.participant],
        ['participant key', d.participant], ['author line', d.authorName], ['time', d.published],
        ['clock', d.clock], ['comment', d.label], ['camp', campName.get(d.camp) || d.camp],
        ['removed', d.removed ? 'yes' : null]]));
      if (d.text) { details.appendChild(el('div', d.text, 'text')); }
    }
    var out = links.filter(function (e) { return e.source === d; });
    var inc = links.filter(function (e) { return e.target === d; });
    if (out.length) {
      details.appendChild(el('h3', participantsMode ? 'Answers' : 'Replies to'));
      out.forEach(function (e) { details.appendChild(edgeBox(e, e.target, true)); });
    }
    if (inc.length) {
      details.appendChild(el('h3', 'Answered by'));
      inc.forEach(function (e) { details.appendChild(edgeBox(e, e.source, false)); });
    }
  }
  svg.on('click', function () { nodeSel.classed('selected', false); });
  // A link to #node=ID opens with that node selected.
  var wanted = /^#node=(.+)$/.exec(location.hash);
  var start = wanted && nodes.find(function (n) { return n.id === decodeURIComponent(wanted[1]); });
  if (start) { select(start); }

  var heading = document.getElementById('title');
  if (data.date) { heading.appendChild(document.createTextNode(' · ' + data.date)); }
  if (data.url) {
    var link = el('a', 'on the blog');
    link.href = data.url;
    heading.appendChild(document.createTextNode(' · '));
    heading.appendChild(link);
  }

  document.body.setAttribute('data-rendered', String(nodes.length));
})();
