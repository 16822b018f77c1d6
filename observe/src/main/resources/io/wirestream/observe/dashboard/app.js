// Wirestream dashboard: one EventSource on /events (story, deadletter and stats events) and plain DOM.
// No library and nothing from the internet: the charts are two small SVG polylines.
(function () {
  'use strict';
  var KNOWN_TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'];
  var storiesEl = document.getElementById('stories');
  var history = [];            // [{t, rate, p50, p99}] for the charts, last 120 s
  var deadLetterCount = 0;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function entityClass(type) {
    return 'ent ent-' + (KNOWN_TYPES.indexOf(type) >= 0 ? type : 'other');
  }

  // Every span the enrichment gives into body: entity mentions, and any other top-level array of
  // objects with start/end offsets (quotes, dates, ... as the enrichment grows). UTF-16 offsets,
  // as JavaScript strings index.
  function spans(story) {
    var out = [];
    (story.entities || []).forEach(function (entity) {
      (entity.mentions || []).forEach(function (m) {
        out.push({start: m.start, end: m.end, type: entity.type, label: entity.type + ': ' + entity.name
          + (entity.id ? ' (' + entity.id + ')' : '')});
      });
    });
    Object.keys(story).forEach(function (field) {
      var value = story[field];
      if (field === 'entities' || !Array.isArray(value)) { return; }
      value.forEach(function (item) {
        if (item && typeof item.start === 'number' && typeof item.end === 'number') {
          var type = (item.type || field).toString().toUpperCase();
          out.push({start: item.start, end: item.end, type: type,
            label: field + ': ' + Object.keys(item).filter(function (k) { return k !== 'start' && k !== 'end'; })
              .map(function (k) { return k + '=' + JSON.stringify(item[k]); }).join(', ')});
        }
      });
    });
    out.sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    return out;
  }

  function highlightedBody(story) {
    var body = story.body || '';
    var div = el('div', 'body');
    var at = 0;
    spans(story).forEach(function (s) {
      if (s.start < at || s.end > body.length || s.end <= s.start) { return; } // overlapping or out of range
      div.appendChild(document.createTextNode(body.slice(at, s.start)));
      var mark = el('mark', entityClass(s.type), body.slice(s.start, s.end));
      mark.setAttribute('data-type', s.type);
      mark.title = s.label;
      div.appendChild(mark);
      at = s.end;
    });
    div.appendChild(document.createTextNode(body.slice(at)));
    return div;
  }

  function fields(story) {
    var dl = el('dl', 'fields');
    var skip = {body: 1, headline: 1, entities: 1};
    function add(name, value) {
      dl.appendChild(el('dt', null, name));
      dl.appendChild(el('dd', null, value));
    }
    (story.entities || []).forEach(function (e) {
      add(e.type, e.name + (e.id ? ' [' + e.id + ']' : '') + ' ×' + (e.mentions || []).length);
    });
    Object.keys(story).forEach(function (k) {
      var v = story[k];
      if (skip[k] || v === null || v === undefined || (Array.isArray(v) && v.length === 0)) { return; }
      add(k, typeof v === 'object' ? JSON.stringify(v) : v);
    });
    return dl;
  }

  function fillStory(card, story, killOf) {
    var details = card.querySelector('details');
    var wasOpen = details ? details.open : false;
    var change = story.pubStatus === 'canceled' ? 'kill' : story.change;
    var shown = killOf || story; // a kill keeps the story it withdraws on screen, struck through
    card.setAttribute('data-change', change);
    card.setAttribute('data-version', story.version);
    card.setAttribute('data-status', story.pubStatus);
    card.classList.toggle('killed', story.pubStatus === 'canceled');
    card.innerHTML = '';
    details = el('details');
    details.open = wasOpen;
    var summary = el('summary');
    summary.appendChild(el('span', 'badge', (change === 'kill' ? 'KILLED' : change.toUpperCase()) + ' v' + story.version));
    summary.appendChild(document.createTextNode(' '));
    summary.appendChild(el('span', 'headline', shown.headline));
    summary.appendChild(document.createTextNode(' '));
    summary.appendChild(el('span', 'meta', [(story.provider || {}).name, (story.source || {}).format,
      story.language, story.latencyMs !== undefined ? story.latencyMs + ' ms' : null]
      .filter(function (x) { return x; }).join(' · ')));
    details.appendChild(summary);
    if (killOf) { details.appendChild(el('p', 'meta', 'Killed: ' + story.headline)); }
    details.appendChild(highlightedBody(shown));
    details.appendChild(fields(story));
    card.appendChild(details);
    card.story = shown;
  }

  function onStory(story) {
    var card = storiesEl.querySelector('[data-guid="' + CSS.escape(story.guid) + '"]');
    var killOf = null;
    if (card) {
      if (story.pubStatus === 'canceled' && card.story) { killOf = card.story; }
    } else {
      card = el('article', 'story');
      card.setAttribute('data-guid', story.guid);
      storiesEl.insertBefore(card, storiesEl.firstChild);
    }
    fillStory(card, story, killOf);
  }

  function onDeadLetter(letter) {
    deadLetterCount++;
    var list = document.getElementById('dead-letters');
    var li = el('li', 'dead-letter');
    li.appendChild(el('span', 'reason', letter.stage + ': ' + letter.reason));
    li.appendChild(document.createTextNode(' ' + letter.errorMessage + ' '));
    li.appendChild(el('span', 'origin', letter.origin + (letter.coordinates ? ' (' + letter.coordinates + ')' : '')
      + ' at ' + letter.failedAt));
    list.insertBefore(li, list.firstChild);
    while (list.children.length > 50) { list.removeChild(list.lastChild); }
  }

  function chart(svg, series, labels) {
    var w = 400, h = 120, pad = 12;
    var max = 1;
    series.forEach(function (s) { s.forEach(function (v) { max = Math.max(max, v); }); });
    svg.innerHTML = '';
    var ns = 'http://www.w3.org/2000/svg';
    series.forEach(function (s, i) {
      var line = document.createElementNS(ns, 'polyline');
      line.setAttribute('class', 's' + i);
      line.setAttribute('points', s.map(function (v, x) {
        return (x * (w / 119)).toFixed(1) + ',' + (h - pad - (v / max) * (h - 2 * pad)).toFixed(1);
      }).join(' '));
      svg.appendChild(line);
    });
    var top = document.createElementNS(ns, 'text');
    top.setAttribute('x', 2); top.setAttribute('y', 10);
    top.textContent = 'max ' + Math.round(max * 10) / 10 + (labels || '');
    svg.appendChild(top);
  }

  function onStats(stats) {
    document.getElementById('n-stories').textContent = stats.stories;
    document.getElementById('n-rate').textContent = stats.storiesPerSecond;
    document.getElementById('n-p50').textContent = stats.stories ? Math.round(stats.p50) : '–';
    document.getElementById('n-p99').textContent = stats.stories ? Math.round(stats.p99) : '–';
    document.getElementById('n-dead').textContent = stats.deadLetters;
    history.push(stats);
    if (history.length > 120) { history.shift(); }
    chart(document.getElementById('chart-throughput'), [history.map(function (s) { return s.storiesPerSecond; })]);
    chart(document.getElementById('chart-latency'), [history.map(function (s) { return s.p50; }),
      history.map(function (s) { return s.p99; })], ' ms');
    var health = stats.health || {};
    var stages = document.getElementById('stages');
    stages.innerHTML = '';
    Object.keys(health.stages || {}).forEach(function (name) {
      var st = health.stages[name];
      var pill = el('span', 'pill stage' + (st.ready ? '' : st.live ? ' waiting' : ' down'), name + ' ' + st.status);
      pill.title = st.reason || '';
      stages.appendChild(pill);
    });
    var stepRows = document.querySelector('#steps tbody');
    stepRows.innerHTML = '';
    Object.keys(stats.enrichSteps || {}).forEach(function (step) {
      var p = stats.enrichSteps[step];
      var tr = el('tr');
      tr.appendChild(el('td', null, step));
      ['p50', 'p95', 'p99'].forEach(function (k) { tr.appendChild(el('td', null, p[k].toFixed(2))); });
      stepRows.appendChild(tr);
    });
    var tbody = document.querySelector('#sources tbody');
    tbody.innerHTML = '';
    Object.keys(health.sources || {}).forEach(function (name) {
      var s = health.sources[name];
      var tr = el('tr');
      tr.appendChild(el('td', null, name));
      tr.appendChild(el('td', null, s.stories));
      tr.appendChild(el('td', null, new Date(s.lastSuccessAt).toLocaleTimeString()));
      tr.appendChild(el('td', s.quietSeconds > 300 ? 'quiet' : null, s.quietSeconds + ' s'));
      tbody.appendChild(tr);
    });
  }

  var legend = document.querySelector('.legend');
  KNOWN_TYPES.forEach(function (t) { var m = el('mark', entityClass(t), t); legend.appendChild(m); });

  var source = new EventSource('/events');
  var connection = document.getElementById('connection');
  source.onopen = function () {
    // A (re)connected stream replays what the server holds: stories replace their cards in place,
    // dead letters would be listed twice, so their list starts again.
    document.getElementById('dead-letters').innerHTML = '';
    connection.textContent = 'live';
    connection.className = 'pill';
  };
  source.onerror = function () { connection.textContent = 'reconnecting…'; connection.className = 'pill down'; };
  source.addEventListener('story', function (e) { onStory(JSON.parse(e.data)); });
  source.addEventListener('deadletter', function (e) { onDeadLetter(JSON.parse(e.data)); });
  source.addEventListener('stats', function (e) { onStats(JSON.parse(e.data)); });
}());
