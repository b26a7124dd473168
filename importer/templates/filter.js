(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) {
    return;
  }
  var severity = document.getElementById("filter-severity");
  var column = document.getElementById("filter-column");
  var count = document.getElementById("filter-count");
  var rows = document.querySelectorAll("tr[data-severity]");
  var groups = document.querySelectorAll("section.issue-group");
  function apply() {
    var s = severity.value;
    var c = column.value;
    var shown = 0;
    rows.forEach(function (row) {
      var visible = (!s || row.getAttribute("data-severity") === s) &&
        (!c || row.getAttribute("data-column") === c);
      row.hidden = !visible;
      if (visible) {
        shown += 1;
      }
    });
    groups.forEach(function (group) {
      group.hidden = group.querySelector("tr[data-severity]:not([hidden])") === null;
    });
    count.textContent = count.getAttribute("data-label").replace("{n}", String(shown));
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
  });
  severity.addEventListener("change", apply);
  column.addEventListener("change", apply);
  form.hidden = false;
  apply();
}());
