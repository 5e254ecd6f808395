/*
 * Enhancements only: every form works without this script. With it, a text area shows how many
 * characters are left, and a page with errors moves the focus to the error summary.
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

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("textarea[data-max-length]"), addCounter);
    var summary = document.getElementById("fouten");
    if (summary) {
      summary.focus();
    }
  });
})();
