// The network page: reads groups (events, agreements ...) and their members from the read-only SPARQL
// endpoint, ties the members of each group pairwise, and draws the network with Cytoscape.js.
"use strict";

const ENDPOINT = "/sdkg/sparql";
const PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
                 "#9c755f", "#bab0ac", "#1f77b4", "#8c564b"];
const KIND_COLOURS = { person: "#4e79a7", organisation: "#f28e2b", country: "#59a14f" };
const $ = id => document.getElementById(id);
const state = { groups: new Map(), labels: new Map(), kinds: new Map(), metrics: new Map(), years: [] };

async function sparql(query) {
  const response = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json" },
    body: query
  });
  if (!response.ok) throw new Error("The SPARQL endpoint answered " + response.status);
  return (await response.json()).results.bindings;
}

const value = (row, name) => row[name] ? row[name].value : null;
const yearOf = date => date ? date.slice(0, 4) : null;

function reviewOf(row) {
  const iri = value(row, "reviewOf") || value(row, "sentence") || "";
  const m = iri.match(/\/review\/([^/]+)/);
  return m ? m[1] : null;
}

/** Reads the groups of a network and the stored measures, if any. */
async function load(network) {
  state.groups = new Map(); state.labels = new Map(); state.kinds = new Map(); state.metrics = new Map();
  const viaPost = [];
  for (const row of await sparql(SDKG_QUERIES.groups(network))) {
    const id = value(row, "group"), member = value(row, "member"), date = value(row, "date");
    if (!state.groups.has(id)) {
      state.groups.set(id, { id, label: value(row, "groupLabel") || id.split("/").pop(), date,
                             text: value(row, "text"), review: reviewOf(row), members: new Set() });
    }
    const group = state.groups.get(id);
    if (date && (!group.date || date < group.date)) group.date = date;
    if (!group.text && value(row, "text")) { group.text = value(row, "text"); group.review = reviewOf(row); }
    if (!state.labels.has(member)) state.labels.set(member, value(row, "memberLabel") || member.split("/").pop());
    state.kinds.set(member, value(row, "kind"));
    if (value(row, "post")) viaPost.push({ group, member, holder: value(row, "holder"), post: value(row, "post") });
    else group.members.add(member);
  }
  if (viaPost.length) {
    const posts = await postsByHolder();
    for (const { group, member, holder, post } of viaPost)
      if (postsInForce(posts.get(holder) || new Map(), group.date).has(post)) group.members.add(member);
  }
  for (const row of await sparql(SDKG_QUERIES.signings())) {
    const agreement = state.groups.get(value(row, "agreement")), event = state.groups.get(value(row, "event"));
    if (!agreement || !event || agreement === event) continue;
    event.members.forEach(m => agreement.members.add(m));
    state.groups.delete(event.id);
  }
  for (const [id, g] of state.groups) if (g.members.size === 0) state.groups.delete(id);
  for (const row of await sparql(SDKG_QUERIES.metrics(network))) {
    const m = {};
    for (const k of ["degree", "weightedDegree", "betweenness", "closeness", "pageRank", "clustering"])
      if (row[k]) m[k] = Number(value(row, k));
    const community = value(row, "community");
    m.community = community ? Number(community.split("/").pop()) : null;
    state.metrics.set(value(row, "node"), m);
  }
  state.years = [...new Set([...state.groups.values()].map(g => yearOf(g.date)).filter(y => y))].sort();
  const slider = $("year");
  slider.max = state.years.length;
  slider.value = 0;
  showYear();
}

/** Each person's posts, with the dates each was seen on. */
async function postsByHolder() {
  const byHolder = new Map();
  for (const row of await sparql(SDKG_QUERIES.posts())) {
    const holder = value(row, "holder"), post = value(row, "post"), seen = value(row, "seen");
    if (!byHolder.has(holder)) byHolder.set(holder, new Map());
    const dates = byHolder.get(holder);
    if (!dates.has(post)) dates.set(post, []);
    if (seen) dates.get(post).push(seen);
  }
  return byHolder;
}

/** The first day of a date YYYY, YYYY-MM or YYYY-MM-DD, in days since 1970 (NaN when it is none). */
function day(date) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date || "");
  return m ? Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1) / 86400000 : NaN;
}

/** The posts in force at a date: those seen nearest to it; every post when undated or none is dated. */
function postsInForce(posts, date) {
  const when = day(date), distance = new Map();
  if (!isNaN(when))
    for (const [post, seen] of posts)
      for (const d of seen.map(day).filter(x => !isNaN(x)))
        distance.set(post, Math.min(distance.has(post) ? distance.get(post) : Infinity, Math.abs(d - when)));
  if (distance.size === 0) return new Set(posts.keys());
  const nearest = Math.min(...distance.values());
  return new Set([...distance].filter(([, d]) => d === nearest).map(([post]) => post));
}

/** The groups of the chosen year (all groups when no year is chosen). */
function chosenGroups() {
  const year = chosenYear();
  return [...state.groups.values()].filter(g => !year || yearOf(g.date) === year);
}

function chosenYear() {
  const i = Number($("year").value);
  return i === 0 ? null : state.years[i - 1];
}

function showYear() {
  $("year-label").textContent = chosenYear() || "all years";
  draw();
}

/** Builds the Cytoscape elements: one node per member tied to another, one edge per pair sharing a group. */
function elements() {
  const nodes = new Map(), edges = new Map();
  for (const g of chosenGroups()) {
    const members = [...g.members].sort();
    for (const m of members) {
      if (!nodes.has(m)) nodes.set(m, { id: m, label: state.labels.get(m), kind: state.kinds.get(m), groups: [],
                                        size: 18, colour: KIND_COLOURS[state.kinds.get(m)] || "#888" });
      nodes.get(m).groups.push(g.id);
    }
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const key = members[i] + " " + members[j];
        if (!edges.has(key)) edges.set(key, { id: key, source: members[i], target: members[j], groups: [] });
        edges.get(key).groups.push(g.id);
      }
    }
  }
  // an actor without a tie in the chosen years is not drawn (it would only float around the picture)
  const tied = new Set([...edges.values()].flatMap(e => [e.source, e.target]));
  state.untied = [...nodes.keys()].filter(m => !tied.has(m)).length;
  return [...[...nodes.values()].filter(n => tied.has(n.id)).map(data => ({ group: "nodes", data })),
          ...[...edges.values()].map(data => ({ group: "edges", data: { ...data, weight: data.groups.length } }))];
}

/** Size from the stored betweenness and PageRank when present, else from the degree computed here. */
function sizeAndColour(cy) {
  const stored = cy.nodes().some(n => state.metrics.has(n.id()));
  const score = n => stored && state.metrics.has(n.id())
      ? state.metrics.get(n.id()).betweenness + state.metrics.get(n.id()).pageRank : n.degree(false);
  const max = Math.max(1e-9, ...cy.nodes().map(score));
  const byKind = $("colour").value === "kind" || !stored;
  cy.nodes().forEach(n => {
    const m = state.metrics.get(n.id());
    n.data("size", 18 + 42 * Math.sqrt(score(n) / max));
    n.data("colour", byKind || !m || !m.community ? KIND_COLOURS[n.data("kind")] || "#888"
        : PALETTE[(m.community - 1) % PALETTE.length]);
  });
  legend(cy, stored, byKind);
}

function legend(cy, stored, byKind) {
  const box = $("legend");
  box.replaceChildren();
  const entries = byKind ? Object.entries(KIND_COLOURS).filter(([k]) => cy.nodes().some(n => n.data("kind") === k))
      : [...new Set(cy.nodes().map(n => (state.metrics.get(n.id()) || {}).community).filter(c => c))]
          .sort((a, b) => a - b).map(c => ["community " + c, PALETTE[(c - 1) % PALETTE.length]]);
  for (const [name, colour] of entries) {
    const span = document.createElement("span");
    const dot = document.createElement("i");
    dot.style.background = colour;
    span.append(dot, name);
    box.append(span);
  }
  $("status").textContent = `${cy.nodes().length} nodes, ${cy.edges().length} ties` +
      (state.untied ? ` (${state.untied} without ties not drawn)` : "") +
      (stored ? "; size by betweenness and PageRank stored by sdkg analyze (whole network)"
              : "; size by degree (run sdkg analyze for centrality and communities)");
}

function draw() {
  if (window.cy) window.cy.destroy();
  const cy = window.cy = cytoscape({
    container: $("graph"),
    elements: elements(),
    style: [
      { selector: "node", style: { "label": "data(label)", "width": "data(size)", "height": "data(size)",
          "background-color": "data(colour)", "font-size": 12, "text-valign": "bottom", "text-margin-y": 3,
          "text-wrap": "wrap", "text-max-width": "130px",
          "text-outline-color": "#fff", "text-outline-width": 2 } },
      { selector: "edge", style: { "width": "mapData(weight, 1, 5, 1.5, 7)", "line-color": "#b8bcc6",
          "curve-style": "haystack", "opacity": 0.8 } },
      { selector: ".faded", style: { "opacity": 0.15 } },
      { selector: "node.match, node:selected", style: { "border-width": 4, "border-color": "#222" } }
    ],
    minZoom: 0.1,
    maxZoom: 1.4,
    layout: { name: "preset" }
  });
  sizeAndColour(cy);
  cy.layout({ name: "cose", animate: false, randomize: true, padding: 40, componentSpacing: 120,
              nodeRepulsion: () => 90000, idealEdgeLength: () => 130, nodeOverlap: 20 }).run();
  overview();
  cy.on("tap", "node", e => details(e.target));
  cy.on("tap", e => { if (e.target === cy) clearDetails(); });
  search();
  document.body.dataset.state = "ready";
}

function clearDetails() {
  window.cy.elements().removeClass("faded");
  overview();
}

/** With no node chosen: how to use the page, and the most central nodes drawn (each opens its details). */
function overview() {
  const cy = window.cy, box = $("node");
  box.replaceChildren(el("p", "Click a node (or search a name and press Enter) to see its events, " +
      "their dates and the sentences of the reviews they were read in.", "hint"));
  const score = n => (state.metrics.get(n.id()) || {}).betweenness ?? 0;
  const top = cy.nodes().sort((a, b) => score(b) - score(a) || b.degree(false) - a.degree(false)
      || a.data("label").localeCompare(b.data("label"))).slice(0, 10);
  if (top.length === 0) return;
  box.append(el("h3", state.metrics.size ? "Most central (betweenness)" : "Most connected (degree)"));
  const list = el("ol", null, "top");
  top.forEach(n => {
    const li = el("li");
    const link = el("a", n.data("label"));
    link.href = "#";
    link.addEventListener("click", e => { e.preventDefault(); details(n); });
    const m = state.metrics.get(n.id());
    li.append(link, el("span", " " + (m ? fmt(m.betweenness) : n.degree(false) + " ties"), "score"));
    list.append(li);
  });
  box.append(list);
}

function el(tag, text, className) {
  const e = document.createElement(tag);
  if (text != null) e.textContent = text;
  if (className) e.className = className;
  return e;
}

const MEASURES = { degree: "degree", weightedDegree: "ties (weighted degree)", betweenness: "betweenness",
                   closeness: "closeness", pageRank: "PageRank", clustering: "clustering", community: "community" };
const fmt = x => Number.isInteger(x) ? String(x) : x.toFixed(4);

/** Shows a node's measures and the events that tie it, with their dates and source sentences. */
function details(node) {
  const cy = window.cy;
  cy.elements().addClass("faded");
  node.closedNeighborhood().removeClass("faded");
  const box = $("node");
  box.replaceChildren(el("h2", node.data("label")), el("div", node.data("kind"), "kind"));
  const m = state.metrics.get(node.id());
  const table = el("table");
  const rows = m ? Object.entries(m).filter(([, v]) => v != null)
      : [["degree (here)", node.degree(false)]];
  for (const [k, v] of rows) {
    const tr = el("tr");
    tr.append(el("td", MEASURES[k] || k), el("td", fmt(v)));
    table.append(tr);
  }
  box.append(table, el("h3", "Events"));
  const list = el("ol");
  const groups = node.data("groups").map(id => state.groups.get(id))
      .sort((a, b) => (a.date || "~").localeCompare(b.date || "~"));
  for (const g of groups) {
    const li = el("li", null, "event");
    li.append(el("span", g.date || "undated", "date"), " ", el("span", g.label, "label"));
    if (g.review) li.append(" ", el("span", "(review " + g.review + ")", "review"));
    const others = [...g.members].filter(x => x !== node.id()).map(x => state.labels.get(x));
    if (others.length) li.append(el("div", "with " + others.join(", "), "with"));
    if (g.text) li.append(el("blockquote", g.text, "sentence"));
    list.append(li);
  }
  box.append(list);
}

function search() {
  const cy = window.cy;
  const q = $("search").value.trim().toLowerCase();
  cy.nodes().removeClass("match");
  if (!q) return;
  cy.nodes().filter(n => n.data("label").toLowerCase().includes(q)).addClass("match");
}

$("network").addEventListener("change", () => start());
$("colour").addEventListener("change", () => sizeAndColour(window.cy));
$("year").addEventListener("input", showYear);
$("search").addEventListener("input", search);
$("search").addEventListener("keydown", e => {
  if (e.key !== "Enter") return;
  const hit = window.cy.nodes(".match")[0];
  if (hit) { window.cy.animate({ center: { eles: hit }, duration: 300 }); details(hit); }
});

async function start() {
  document.body.dataset.state = "loading";
  $("status").textContent = "Loading the network from the SPARQL endpoint…";
  try {
    await load($("network").value);
  } catch (e) {
    $("status").textContent = "Could not load the network: " + e.message;
    document.body.dataset.state = "error";
  }
}

start();
