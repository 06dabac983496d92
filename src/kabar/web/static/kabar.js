// kabar: the little JavaScript the pages use (served by kabar; the CSP forbids inline script).
// Every page works without it; it adds live progress, copying a citation and printing.
"use strict";

// "1 min 20 s" from seconds (units are the same in Indonesian and English).
function duration(seconds) {
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
}

// An ingest job's page follows the job's progress (with an estimate of the time left),
// then reloads to list the documents and the stories they joined.
function followJob(box) {
  const url = box.dataset.jobUrl;
  const started = Date.now();
  const set = (cls, value) => {
    const el = box.querySelector("." + cls);
    if (el) el.textContent = value;
  };
  const tick = async () => {
    let job;
    try {
      const resp = await fetch(url, { headers: { Accept: "application/json" } });
      job = (await resp.json()).job;
    } catch (err) {
      setTimeout(tick, 3000);
      return;
    }
    if (!job) return;
    const bar = box.querySelector("progress");
    if (bar) {
      bar.max = Math.max(job.total, 1);
      bar.value = job.processed;
    }
    for (const key of ["processed", "total", "added", "skipped", "failed"]) set(key, job[key]);
    // Every input read: the writer now groups the new documents into stories (long on big stores).
    const phase = box.querySelector(".phase");
    if (phase) phase.textContent = job.status === "running" && job.processed >= job.total ? phase.dataset.grouping : "";
    const done = job.processed - (box.dataset.startProcessed ? Number(box.dataset.startProcessed) : 0);
    if (job.processed > 0 && job.processed < job.total && done > 0) {
      const left = ((Date.now() - started) / 1000 / done) * (job.total - job.processed);
      set("eta", `· ${box.dataset.etaLabel}: ${duration(left)}`);
    }
    if (job.status === "done" || job.status === "failed") {
      window.location.reload();
    } else {
      setTimeout(tick, 1000);
    }
  };
  box.dataset.startProcessed = box.querySelector(".processed")?.textContent.replace(/\D/g, "") || "0";
  setTimeout(tick, 500);
}

// Filters submit when a choice changes (the button stays for keyboards and no-JS).
function autoSubmit(form) {
  for (const el of form.querySelectorAll("select, input[type=date]")) {
    el.addEventListener("change", () => form.submit());
  }
}

// Copy a citation: the clipboard API where the page may use it, else a selected hidden textarea.
async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (err) {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "sr-only";
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand && document.execCommand("copy");
    area.remove();
    return Boolean(ok);
  }
}

function copyCitation(button) {
  button.addEventListener("click", async () => {
    const label = button.textContent;
    await copyText(button.dataset.citation);
    button.textContent = button.dataset.done;
    button.classList.add("done");
    setTimeout(() => {
      button.textContent = label;
      button.classList.remove("done");
    }, 2500);
  });
}

document.addEventListener("DOMContentLoaded", () => {
  const job = document.getElementById("job");
  if (job && (job.dataset.status === "queued" || job.dataset.status === "running")) followJob(job);
  for (const id of ["filters", "search-form", "entity-filter"]) {
    const form = document.getElementById(id);
    if (form) autoSubmit(form);
  }
  for (const button of document.querySelectorAll("button.copy-cite")) copyCitation(button);
  for (const button of document.querySelectorAll("[data-print]")) {
    button.addEventListener("click", () => window.print());
  }
  // On a phone the facets start folded (results first), unless one is chosen.
  const facets = document.getElementById("facets");
  if (facets && !("chosen" in facets.dataset) && window.matchMedia("(max-width: 40rem)").matches) {
    facets.open = false;
  }
  const cited = document.getElementById("cited");
  if (cited && window.location.hash === "#cited") cited.focus({ preventScroll: true });
});
