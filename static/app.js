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

  // Narrow screens: CSS folds the navigation behind the Menu link from the first paint
  // (the link opens it as #site-nav's :target without JavaScript). Here it opens and
  // closes in place, saying so to assistive technology.
  var toggle = document.querySelector(".menu-toggle");
  var siteNav = document.getElementById("site-nav");
  if (toggle && siteNav) {
    toggle.setAttribute("role", "button");
    toggle.addEventListener("click", function (e) {
      e.preventDefault();
      var open = siteNav.classList.toggle("open");
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
  }
  // The events list's folded filters (phones): opened and closed in place.
  var filtersToggle = document.querySelector(".filters-toggle");
  var filtersForm = document.getElementById("filters");
  if (filtersToggle && filtersForm) {
    filtersToggle.setAttribute("role", "button");
    filtersToggle.addEventListener("click", function (e) {
      e.preventDefault();
      var open = filtersForm.classList.toggle("open");
      filtersToggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
  }
  // One disclosure menu of the navigation open at a time, closed by a click elsewhere or
  // Escape.
  var menus = document.querySelectorAll(".nav-group details");
  menus.forEach(function (d) {
    d.addEventListener("toggle", function () {
      if (d.open) { menus.forEach(function (o) { if (o !== d) { o.open = false; } }); }
    });
  });
  document.addEventListener("click", function (e) {
    menus.forEach(function (d) { if (d.open && !d.contains(e.target)) { d.open = false; } });
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") {
      menus.forEach(function (d) {
        if (d.open) { d.open = false; d.querySelector("summary").focus(); }
      });
    }
  });

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
