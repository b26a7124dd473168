// The upload page's drop zone, and a "checking ..." note while a form is being sent.
document.addEventListener("DOMContentLoaded", function () {
  var drop = document.querySelector("label.drop");
  var input = document.getElementById("file");
  if (drop && input) {
    ["dragenter", "dragover"].forEach(function (name) {
      drop.addEventListener(name, function (event) { event.preventDefault(); drop.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      drop.addEventListener(name, function () { drop.classList.remove("over"); });
    });
    drop.addEventListener("drop", function (event) {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length) {
        input.files = event.dataTransfer.files;
        drop.querySelector(".drop-title").textContent = Array.from(event.dataTransfer.files).map(function (f) { return f.name; }).join(", ");
      }
    });
    input.addEventListener("change", function () {
      if (input.files.length) {
        drop.querySelector(".drop-title").textContent = Array.from(input.files).map(function (f) { return f.name; }).join(", ");
      }
    });
  }
  document.querySelectorAll("form[data-busy]").forEach(function (form) {
    form.addEventListener("submit", function () {
      var note = form.querySelector(".busy");
      if (note) { note.hidden = false; }
      form.querySelectorAll("button").forEach(function (button) { button.disabled = true; });
    });
  });
});
