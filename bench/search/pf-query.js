// Pagefind's first query, as its own UI makes it: load the library, search one word, load the first ten results.
const q = new URLSearchParams(location.search).get('q');
const pagefind = await import('/pagefind/pagefind.js');
// In the page's own thread: headless Chromium's virtual time does not wait for a Web Worker's fetches.
await pagefind.options({ noWorker: true });
await pagefind.init();
const search = await pagefind.search(q);
const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
document.getElementById('out').textContent = search.results.length + ' results: ' + data.map((d) => d.url).join(' ');
