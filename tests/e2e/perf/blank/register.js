// Installs the blank page's service worker, as the app installs its own.
if ("serviceWorker" in navigator) navigator.serviceWorker.register("sw.js");
