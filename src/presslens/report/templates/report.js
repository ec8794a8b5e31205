/* presslens article view: layer toggles, voice filters, span details, entity rows that outline their mentions.
   Reads only attributes presslens wrote; writes article text only through textContent. */
(function () {
  function on(id, handler) { var el = document.getElementById(id); if (el) { el.addEventListener("change", handler); } }
  on("show-outlet", function (e) { document.body.classList.toggle("hide-outlet", !e.target.checked); });
  on("show-quote", function (e) { document.body.classList.toggle("hide-quote", !e.target.checked); });
  document.querySelectorAll("input[data-layer]").forEach(function (box) {
    box.addEventListener("change", function () { document.body.classList.toggle("hide-" + box.dataset.layer, !box.checked); });
  });
  /* the probability filter: spans below it lose their underline; the counts say how many techniques remain */
  var least = document.getElementById("min-probability");
  if (least) {
    var techniques = JSON.parse(document.getElementById("technique-data").textContent);
    least.addEventListener("input", function () {
      var floor = Number(least.value) / 100, byLabel = {}, shown = 0;
      document.querySelectorAll("span.technique[data-probability]").forEach(function (mark) {
        mark.classList.toggle("below", Number(mark.dataset.probability) < floor);
      });
      techniques.forEach(function (t) {
        if (t.probability >= floor) { shown += 1; byLabel[t.label] = (byLabel[t.label] || 0) + 1; }
      });
      document.getElementById("min-probability-value").textContent = least.value;
      document.getElementById("techniques-shown").textContent = shown + " of " + techniques.length + " shown";
      document.querySelectorAll(".legend-list li[data-label]").forEach(function (item) {
        item.querySelector(".count").textContent = byLabel[item.dataset.label] || 0;
      });
    });
  }
  var details = document.getElementById("details");
  document.querySelectorAll(".text [title]").forEach(function (el) {
    el.addEventListener("click", function (event) {
      if (!details) { return; }
      var parts = [];
      for (var node = el; node && !node.classList.contains("text"); node = node.parentElement) {
        if (node.title) { parts.push(node.title); }
      }
      details.textContent = parts.join("  |  ");
      event.stopPropagation();  /* the innermost span tells the whole story, its containers included */
    });
  });
  document.querySelectorAll("tr[data-entity]").forEach(function (row) {
    var marks = document.querySelectorAll('mark[data-entity="' + row.dataset.entity + '"]');
    row.addEventListener("mouseenter", function () { marks.forEach(function (m) { m.classList.add("lit"); }); });
    row.addEventListener("mouseleave", function () { marks.forEach(function (m) { m.classList.remove("lit"); }); });
  });
})();
