// Site-wide behaviour, progressive: without JavaScript the menu is simply always open.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  var toggle = document.querySelector(".site-nav-toggle");
  var menu = document.getElementById("site-nav");
  if (toggle && menu) {
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") === "true";
      toggle.setAttribute("aria-expanded", String(!open));
      menu.classList.toggle("is-open", !open);
    });
  }

  // Oscar's basket page saves quantity changes and removals over AJAX and redraws only the basket
  // itself: fetch the page again and swap in its header mini-basket, so count and total stay true.
  function refreshMiniBasket() {
    var current = document.querySelector("[data-mini-basket]");
    if (!current || !window.fetch || !window.DOMParser) return;
    fetch(window.location.href, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) {
        return response.ok ? response.text() : Promise.reject(response.status);
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html").querySelector("[data-mini-basket]");
        var stale = document.querySelector("[data-mini-basket]");
        if (fresh && stale) stale.replaceWith(fresh);
      })
      .catch(function () {
        // The basket itself was saved; a stale header count is corrected by the next page load.
      });
  }
  if (window.jQuery && document.getElementById("basket_formset")) {
    window.jQuery(document).ajaxSuccess(function (event, xhr, settings) {
      if ((settings.type || "").toUpperCase() === "POST") refreshMiniBasket();
    });
  }

  // "Print this page" buttons (order confirmation): no inline onclick under the Content-Security-Policy.
  document.querySelectorAll("[data-print-page]").forEach(function (button) {
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
