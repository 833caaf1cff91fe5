// veille: small progressive enhancement, no dependencies.
// On the dyad page, clicking a bar loads that bar's events into #dyad-events without a full
// page load (the link still works without JavaScript). The server escapes every text.
"use strict";
(function () {
  function select(bar) {
    document.querySelectorAll("rect.dyad-bar.selected").forEach(function (r) {
      r.classList.remove("selected");
    });
    if (bar) bar.classList.add("selected");
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("#dyad-chart a.bar-link") : null;
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    var href = link.getAttribute("href");
    fetch(href, { headers: { Accept: "text/html" } })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.getElementById("dyad-events");
        var current = document.getElementById("dyad-events");
        if (!fresh || !current) { window.location.href = href; return; }
        current.replaceWith(document.importNode(fresh, true));
        select(link.querySelector("rect.dyad-bar"));
        history.pushState(null, "", href);
        document.getElementById("dyad-events").scrollIntoView({ behavior: "smooth" });
      })
      .catch(function () { window.location.href = href; });
  });
  document.addEventListener("DOMContentLoaded", function () {
    var section = document.getElementById("dyad-events");
    if (!section || !section.dataset.month) return;
    var q = section.dataset.quad;
    var sel = 'rect.dyad-bar[data-month="' + section.dataset.month + '"]' + (q ? '[data-quad="' + q + '"]' : "");
    select(document.querySelector(sel));
  });
})();
