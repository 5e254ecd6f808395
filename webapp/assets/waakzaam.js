/*
 * Enhancements only: every form works without this script. With it, a text area shows how many
 * characters are left, a file upload shows its progress, and a page with errors moves the focus to
 * the error summary.
 * Copyright Waakzaam, EUPL-1.2.
 */
(function () {
  "use strict";

  var dutch = document.documentElement.lang !== "en";

  function counterText(left) {
    if (left >= 0) {
      return dutch ? "Nog " + left + " tekens over" : left + " characters left";
    }
    return dutch ? -left + " tekens te veel" : -left + " characters too many";
  }

  function addCounter(area) {
    var max = parseInt(area.getAttribute("data-max-length"), 10);
    if (!max) {
      return;
    }
    var counter = document.createElement("p");
    counter.className = "waakzaam-counter";
    counter.id = area.id + "-counter";
    counter.setAttribute("aria-live", "polite");
    area.parentNode.appendChild(counter);
    var describedBy = area.getAttribute("aria-describedby");
    area.setAttribute("aria-describedby", ((describedBy || "") + " " + counter.id).trim());
    var update = function () {
      var left = max - area.value.length;
      counter.textContent = counterText(left);
      counter.classList.toggle("waakzaam-counter--over", left < 0);
    };
    area.addEventListener("input", update);
    update();
  }

  /*
   * Sends the form itself, so that the upload's progress can be shown; the server answers with the
   * address it would otherwise redirect to, and the browser goes there.
   */
  function addProgress(form) {
    var box = form.querySelector(".waakzaam-upload-progress");
    var bar = box && box.querySelector("progress");
    if (!bar || !window.FormData || !window.XMLHttpRequest) {
      return;
    }
    form.addEventListener("submit", function (event) {
      var input = form.querySelector("input[type=file]");
      if (!input || !input.files || input.files.length === 0) {
        return; // the server says a file is missing, next to the field
      }
      event.preventDefault();
      var button = form.querySelector("button[type=submit]");
      button.disabled = true;
      box.hidden = false;
      var request = new XMLHttpRequest();
      request.open("POST", form.action);
      request.setRequestHeader("Waakzaam-Upload", "progress");
      request.upload.addEventListener("progress", function (e) {
        if (e.lengthComputable) {
          bar.value = Math.round((100 * e.loaded) / e.total);
          bar.textContent = bar.value + "%";
        }
      });
      request.addEventListener("load", function () {
        var next = request.getResponseHeader("Waakzaam-Next");
        if (next) {
          var url = new URL(next, window.location.href);
          if (url.pathname === window.location.pathname && url.search === window.location.search) {
            // The same page: a new fragment alone would not load it again.
            window.location.hash = url.hash;
            window.location.reload();
          } else {
            window.location.assign(url.href);
          }
        } else {
          form.submit(); // not the answer expected: the plain post shows what is wrong
        }
      });
      request.addEventListener("error", function () {
        // No answer: send it the plain way, which shows what went wrong.
        form.submit();
      });
      request.send(new FormData(form));
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("textarea[data-max-length]"), addCounter);
    Array.prototype.forEach.call(document.querySelectorAll("form[data-upload]"), addProgress);
    Array.prototype.forEach.call(document.querySelectorAll("button[data-print]"), function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        window.print();
      });
    });
    var summary = document.getElementById("fouten");
    if (summary) {
      summary.focus();
    }
  });
})();
