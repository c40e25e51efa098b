// sukien: written for this project. Client-side filtering for the offline report.
(function () {
  "use strict";
  // lower case, no tone marks or other diacritics, đ → d (as the server's search folds text)
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  }
  window.sukienFold = fold;

  // <input class="table-filter" data-table="ID">: hide rows that do not contain every word
  document.querySelectorAll("input.table-filter").forEach(function (input) {
    var table = document.getElementById(input.dataset.table);
    if (!table) return;
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
    var texts = rows.map(function (r) { return fold(r.textContent); });
    input.addEventListener("input", function () {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      rows.forEach(function (r, i) {
        var ok = words.every(function (w) { return texts[i].indexOf(w) >= 0; });
        r.classList.toggle("hidden", !ok);
      });
    });
  });

  // offline search page: <li data-text="folded text"> items under #report-hits
  var q = document.getElementById("report-q");
  var list = document.getElementById("report-hits");
  if (q && list) {
    var items = Array.prototype.slice.call(list.querySelectorAll("li.hit"));
    var count = document.getElementById("report-count");
    var update = function () {
      var words = fold(q.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (li) {
        var t = li.dataset.text || "";
        var ok = words.every(function (w) { return t.indexOf(w) >= 0; });
        li.classList.toggle("hidden", !ok);
        if (ok) shown += 1;
      });
      if (count) count.textContent = shown + " / " + items.length + " bài báo / articles";
    };
    q.addEventListener("input", update);
    var m = /[?&]q=([^&]*)/.exec(window.location.search);
    if (m) { q.value = decodeURIComponent(m[1].replace(/\+/g, " ")); }
    update();
  }
})();
