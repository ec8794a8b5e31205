/* presslens article view: layer toggles, voice filters, span details, entity rows that outline their mentions.
   Reads only attributes presslens wrote; writes article text only through textContent. */
(function () {
  function on(id, handler) { var el = document.getElementById(id); if (el) { el.addEventListener("change", handler); } }
  on("show-outlet", function (e) { document.body.classList.toggle("hide-outlet", !e.target.checked); });
  on("show-quote", function (e) { document.body.classList.toggle("hide-quote", !e.target.checked); });
  document.querySelectorAll("input[data-layer]").forEach(function (box) {
    box.addEventListener("change", function () { document.body.classList.toggle("hide-" + box.dataset.layer, !box.checked); });
  });
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
