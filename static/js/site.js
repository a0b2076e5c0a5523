// Site-wide behaviour, progressive: without JavaScript the menu is simply always open.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var toggle = document.querySelector(".site-nav-toggle");
  var menu = document.getElementById("site-nav");
  if (!toggle || !menu) return;
  toggle.addEventListener("click", function () {
    var open = toggle.getAttribute("aria-expanded") === "true";
    toggle.setAttribute("aria-expanded", String(!open));
    menu.classList.toggle("is-open", !open);
  });
})();
