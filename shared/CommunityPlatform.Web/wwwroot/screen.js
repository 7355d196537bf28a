// The big screen redraws itself every 30 s (the page's data-every) from ?handler=Data: figures and feed are rewritten in place, so the page
// neither reloads nor grows however many days it runs. A failed request leaves the last figures and tries again.
(function () {
    var every = (Number(document.body.dataset.every) || 30) * 1000;
    function text(el, value) { if (el && el.textContent !== value) el.textContent = value; }
    function feed(list, items) {
        var rows = document.createDocumentFragment();
        items.forEach(function (i) {
            var li = document.createElement('li');
            li.className = i.kind;
            [['time', i.time], ['where', i.community], ['what', i.text]].forEach(function (p) {
                var span = document.createElement('span');
                span.className = p[0];
                span.textContent = p[1];
                li.appendChild(span);
                li.appendChild(document.createTextNode(' '));
            });
            rows.appendChild(li);
        });
        list.replaceChildren(rows);
    }
    function refresh() {
        fetch('/screen?handler=Data', { credentials: 'same-origin', cache: 'no-store' })
            .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
            .then(function (d) {
                Object.keys(d.total).forEach(function (k) { text(document.querySelector('[data-total="' + k + '"]'), d.total[k]); });
                Object.keys(d.communities).forEach(function (code) {
                    var row = document.querySelector('tr[data-community="' + code + '"]');
                    if (!row) return;
                    Object.keys(d.communities[code]).forEach(function (k) { text(row.querySelector('[data-figure="' + k + '"]'), d.communities[code][k]); });
                });
                feed(document.getElementById('screen-feed'), d.feed);
                text(document.getElementById('screen-updated'), d.at);
                document.body.dataset.refreshed = String((Number(document.body.dataset.refreshed) || 0) + 1);
            })
            .catch(function () { /* keep the last figures; the next round tries again */ })
            .then(function () { setTimeout(refresh, every); });
    }
    setTimeout(refresh, every);
})();
