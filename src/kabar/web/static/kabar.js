// kabar: the little JavaScript the pages use (served by kabar; the CSP forbids inline script).
"use strict";

// An ingest job's page follows the job's progress, then reloads to list the documents.
function followJob(box) {
  const url = box.dataset.jobUrl;
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
    for (const key of ["processed", "added", "skipped", "failed"]) set(key, job[key]);
    if (job.status === "done" || job.status === "failed") {
      window.location.reload();
    } else {
      setTimeout(tick, 1000);
    }
  };
  setTimeout(tick, 500);
}

// Filters submit when a choice changes (the button stays for keyboards and no-JS).
function autoSubmit(form) {
  for (const el of form.querySelectorAll("select, input[type=date]")) {
    el.addEventListener("change", () => form.submit());
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const job = document.getElementById("job");
  if (job && (job.dataset.status === "queued" || job.dataset.status === "running")) followJob(job);
  const filters = document.getElementById("filters");
  if (filters) autoSubmit(filters);
});
