// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // Event form: show only the date fields that match the chosen precision.
  var radios = document.querySelectorAll('input[name="date_precision"]');
  function showPrecision() {
    var chosen = document.querySelector('input[name="date_precision"]:checked');
    var value = chosen ? chosen.value : "day";
    document.querySelectorAll(".precision-fields").forEach(function (el) {
      el.hidden = el.getAttribute("data-precision") !== value;
    });
  }
  if (radios.length) {
    radios.forEach(function (r) { r.addEventListener("change", showPrecision); });
    showPrecision();
  }

  // Narrow screens: the navigation folds behind a Menu button.
  var toggle = document.querySelector(".menu-toggle");
  var siteNav = document.getElementById("site-nav");
  if (toggle && siteNav) {
    toggle.hidden = false;
    toggle.addEventListener("click", function () {
      var open = siteNav.classList.toggle("open");
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
  }

  // Webinar times: until a zone is chosen the server shows UTC. Tell it the browser's zone
  // once (a cookie, as choosing one in the form would) and show the page again.
  var zoneForm = document.querySelector(".zone-form[data-zone-default]");
  if (zoneForm && window.Intl && !sessionStorage.getItem("tz-tried")) {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    sessionStorage.setItem("tz-tried", "1");
    if (zone && /^[A-Za-z0-9_+\/-]+$/.test(zone) && zone !== "UTC") {
      // Over https the server only reads host-only cookies (web/cookie_prefix.rs).
      var https = location.protocol === "https:";
      document.cookie = (https ? "__Host-" : "") + "lacralo_tz=" + zone +
        "; path=/; max-age=31536000; samesite=lax" + (https ? "; secure" : "");
      location.reload();
    }
  }

  // A refused form: move focus to the summary of its problems.
  var summary = document.querySelector(".error-summary");
  if (summary) { summary.focus(); }
})();
