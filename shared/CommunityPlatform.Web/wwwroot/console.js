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
