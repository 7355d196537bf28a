// The console's only script, served by the host (the Content-Security-Policy allows no inline script).
(function () {
  var selects = document.querySelectorAll('select.auto-submit');
  for (var i = 0; i < selects.length; i++) {
    selects[i].addEventListener('change', function (e) { e.target.form.submit(); });
  }
  // A form whose act is hard to undo (switching a module off) asks first; the question is on the form, in the page's language.
  var asking = document.querySelectorAll('form[data-confirm]');
  for (var k = 0; k < asking.length; k++) {
    asking[k].addEventListener('submit', function (e) {
      if (!window.confirm(e.currentTarget.getAttribute('data-confirm'))) { e.preventDefault(); }
    });
  }
  // A filter box narrows a long list (a grid's households) as one types, and picks the first that still matches:
  // a datalist would send the label, not the id, and a phone's list of 200 options is no way to find one.
  var filters = document.querySelectorAll('input[data-filters]');
  for (var f = 0; f < filters.length; f++) {
    filters[f].addEventListener('input', function (e) {
      var box = e.target, list = document.getElementById(box.getAttribute('data-filters'));
      var words = box.value.trim().toLowerCase().split(/\s+/), first = null;
      for (var o = 0; o < list.options.length; o++) {
        var option = list.options[o], text = option.text.toLowerCase(), hit = true;
        for (var w = 0; w < words.length; w++) { if (words[w] && text.indexOf(words[w]) < 0) { hit = false; } }
        option.hidden = !hit;
        option.disabled = !hit;
        if (hit && first === null) { first = option; }
      }
      if (first !== null) { first.selected = true; }
    });
  }
  // The print button of a report page: the print stylesheet leaves the header, the menu and the buttons out.
  var printers = document.querySelectorAll('button[data-print]');
  for (var p = 0; p < printers.length; p++) {
    printers[p].addEventListener('click', function () { window.print(); });
  }
  var bars = document.querySelectorAll('[data-progress-url]');
  for (var j = 0; j < bars.length; j++) { poll(bars[j]); }
  function poll(bar) {
    var url = bar.getAttribute('data-progress-url');
    fetch(url, { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (job) {
      var done = job.total ? Math.round(100 * job.processed / job.total) : 0;
      bar.querySelector('progress').value = done;
      bar.querySelector('.label').textContent = job.processed + ' / ' + (job.total || '?');
      if (job.state === 'running' || job.state === 'queued') { setTimeout(function () { poll(bar); }, 700); }
      else { window.location.reload(); }
    });
  }
})();
