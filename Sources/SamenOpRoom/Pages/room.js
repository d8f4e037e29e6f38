// The room's pages: join, scene, own cards, vote with a reason, own safety judgement, and the
// tally after the trainer's reveal; the projector shows the count and, after reveal, the tally
// and the spread per role. Only textContent is used for text, so nothing from a participant or
// a scenario is ever read as HTML.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("room-data").textContent);
  const t = (key) => data.text[key] || key;
  const $ = (id) => document.getElementById(id);
  const base = data.base;
  const projector = document.body.dataset.page === "projector";
  const key = new URLSearchParams(location.search).get("key");
  let token = sessionStorage.getItem("samenop-token-" + base);
  let state = null;

  document.querySelectorAll("[data-t]").forEach((el) => { el.textContent = t(el.dataset.t); });
  $("title").textContent = data.title;

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }
  function say(text) { $("message").textContent = text || ""; }
  function auth() { return { "Authorization": "Bearer " + token, "Content-Type": "application/json" }; }

  async function post(path, body) {
    const response = await fetch(base + path, { method: "POST", headers: auth(), body: JSON.stringify(body) });
    let answer = {};
    try { answer = await response.json(); } catch (e) { answer = {}; }
    if (!response.ok) { say(t("error." + (answer.error || "refused"))); return null; }
    say("");
    return answer;
  }

  function renderScene(s) {
    const scene = $("scene");
    scene.replaceChildren();
    scene.append(el("p", [s.scene.stage, s.scene.time].filter(Boolean).join(" · "), "stage"));
    s.scene.text.split("\n").filter((line) => line.trim()).forEach((line) => scene.append(el("p", line)));
    if (s.scene.prompt) scene.append(el("p", s.scene.prompt, "prompt"));
    $("count").textContent = s.finished ? t("finished") : t("count").replace("{0}", s.votes.cast).replace("{1}", s.votes.of);
  }

  // On the projector a line names its option, so the wall reads without the phones.
  function renderTally(s) {
    const tally = $("tally");
    tally.replaceChildren();
    if (!s.revealed || !s.tally) return;
    tally.append(el("h2", t("tally")));
    s.tally.forEach((line) => {
      const row = el("p");
      const bar = el("span", null, "bar");
      bar.style.width = (line.votes * 1.5) + "rem";
      const option = projector ? s.options.find((o) => o.shown === line.shown) : null;
      const label = option ? line.shown + ". " + option.text : String(line.shown);
      row.append(bar, el("span", label + ": " + line.votes));
      tally.append(row);
    });
  }

  function render(s) {
    state = s;
    renderScene(s);
    renderTally(s);
    if (projector) return renderProjector(s);
    const cards = $("cards");
    cards.replaceChildren();
    s.cards.forEach((card) => {
      const box = el("div", null, card.shared ? "card" : "card own");
      box.dataset.card = card.id;
      box.append(el("h3", card.title), el("p", card.text));
      if (card.source) box.append(el("p", card.source, "stage"));
      cards.append(box);
    });
    const options = $("options");
    options.replaceChildren();
    s.options.forEach((option) => {
      const label = el("label", null, "option");
      const input = el("input");
      input.type = "radio"; input.name = "shown"; input.value = option.shown;
      input.checked = s.myVote && s.myVote.shown === option.shown;
      label.append(input, el("span", option.shown + ". " + option.text));
      options.append(label);
    });
    $("vote").hidden = s.finished || s.options.length === 0;
    $("scale").hidden = !s.askScale;
    const mine = [];
    if (s.myVote) mine.push(t("myVote").replace("{0}", s.myVote.shown));
    if (s.myScale) mine.push(t("myScale").replace("{0}", s.myScale.value));
    $("mine").textContent = mine.join(" · ");
  }

  const roleName = (id) => { const role = data.roles.find((r) => r[0] === id); return role ? role[1] : id; };

  // The projector never gets a card, a reason or a judgement before reveal (the server sends
  // none); after reveal the spread per role, and names only when the trainer asked for them.
  function renderProjector(s) {
    const list = $("optionList");
    list.replaceChildren();
    s.options.forEach((option) => list.append(el("li", option.text)));
    $("scales").textContent = s.askScale ? t("scales").replace("{0}", s.scales).replace("{1}", s.votes.of) : "";
    const spread = $("spread");
    spread.replaceChildren();
    if (s.spread) {
      spread.append(el("h2", t("spread").replace("{0}", s.veiligheid)));
      s.spread.forEach((line) => spread.append(el("p", roleName(line.role) + ": " + line.values.join(", "))));
    }
    const names = $("names");
    names.replaceChildren();
    (s.names || []).forEach((n) => {
      const parts = [n.name + " (" + roleName(n.role) + ")"];
      if (n.shown) parts.push(String(n.shown));
      if (n.scale !== null && n.scale !== undefined) parts.push(t("scaleShort") + " " + n.scale);
      if (n.reason) parts.push("“" + n.reason + "”");
      names.append(el("p", parts.join(" · ")));
    });
  }

  // The event stream is read with fetch, so the token travels in the Authorization header.
  async function listen(path, headers) {
    for (;;) {
      try {
        const response = await fetch(base + path, { headers: headers });
        if (!response.ok) { say(t("error.gone")); return; }
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        let buffer = "";
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          let end;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const message = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const line = message.split("\n").find((l) => l.startsWith("data: "));
            if (line) render(JSON.parse(line.slice(6)));
          }
        }
      } catch (e) { /* the connection dropped: try again */ }
      await new Promise((r) => setTimeout(r, 1000));
    }
  }

  if (projector) {
    listen("api/screen/events?key=" + encodeURIComponent(key), {});
    return;
  }

  // A phone on guest Wi-Fi can lose an event without noticing; asking for the state every few
  // seconds as well means the page is never stale for long.
  async function poll() {
    for (;;) {
      await new Promise((r) => setTimeout(r, 4000));
      try {
        const response = await fetch(base + "api/state", { headers: auth() });
        if (response.ok) render(await response.json());
      } catch (e) { /* the event stream or the next poll will catch up */ }
    }
  }

  function enter() {
    $("join").hidden = true;
    $("room").hidden = false;
    $("who").textContent = sessionStorage.getItem("samenop-who-" + base) || "";
    listen("api/events", auth());
    poll();
  }

  data.roles.forEach(([id, name]) => { const o = el("option", name); o.value = id; $("role").append(o); });
  $("join").addEventListener("submit", async (event) => {
    event.preventDefault();
    const response = await fetch(base + "api/join", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: $("name").value, role: $("role").value }) });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) { say(t("error." + (answer.error || "refused"))); return; }
    token = answer.token;
    sessionStorage.setItem("samenop-token-" + base, token);
    const role = data.roles.find((r) => r[0] === answer.participant.role);
    sessionStorage.setItem("samenop-who-" + base, answer.participant.name + " · " + (role ? role[1] : ""));
    say("");
    enter();
  });
  $("vote").addEventListener("submit", async (event) => {
    event.preventDefault();
    const chosen = document.querySelector("input[name=shown]:checked");
    if (!chosen || !state) { say(t("error.choose")); return; }
    const answer = await post("api/vote", { step: state.step, shown: Number(chosen.value), reason: $("reason").value });
    if (answer) render(answer);
  });
  $("scale").addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!state) return;
    const answer = await post("api/scale", { step: state.step, value: Number($("scaleValue").value), reason: $("scaleReason").value });
    if (answer) render(answer);
  });
  if (token) enter(); else $("join").hidden = false;
})();
