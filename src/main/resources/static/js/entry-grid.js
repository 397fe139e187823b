// Data-entry grid: Enter moves down like a spreadsheet, a block pasted from Excel fills the cells
// from the focused one, cells are checked as they are typed, "take the saved one" settles a conflict.
(function () {
  var grid = document.getElementById('entry-grid');
  if (!grid) return;
  var rows = Array.prototype.slice.call(grid.tBodies[0].rows);
  var count = /^\s*(\d{1,3}([.\s\u00a0]\d{3})+|\d+)\s*$/;

  function cells(row) { return Array.prototype.slice.call(row.querySelectorAll('input.entry-cell')); }
  function position(input) {
    for (var r = 0; r < rows.length; r++) {
      var c = cells(rows[r]).indexOf(input);
      if (c >= 0) return { row: r, col: c };
    }
    return null;
  }
  function at(r, c) { return rows[r] ? cells(rows[r])[c] : null; }
  function check(input) {
    var ok = input.value.trim() === '' || count.test(input.value);
    input.classList.toggle('is-invalid', !ok);
  }

  grid.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' || !event.target.classList.contains('entry-cell')) return;
    event.preventDefault();
    var p = position(event.target);
    var next = at(p.row + (event.shiftKey ? -1 : 1), p.col);
    if (next) { next.focus(); next.select(); }
  });

  grid.addEventListener('input', function (event) {
    if (event.target.classList.contains('entry-cell')) check(event.target);
  });

  grid.addEventListener('paste', function (event) {
    var target = event.target;
    if (!target.classList.contains('entry-cell') || target.readOnly) return;
    var text = (event.clipboardData || window.clipboardData).getData('text');
    if (text.indexOf('\t') < 0 && text.indexOf('\n') < 0) return;
    event.preventDefault();
    var start = position(target);
    text.replace(/\r/g, '').replace(/\n$/, '').split('\n').forEach(function (line, dr) {
      line.split('\t').forEach(function (value, dc) {
        var input = at(start.row + dr, start.col + dc);
        if (input && !input.readOnly) { input.value = value.trim(); check(input); }
      });
    });
  });

  document.querySelectorAll('button.take-theirs').forEach(function (button) {
    button.addEventListener('click', function () {
      var input = document.getElementById(button.getAttribute('data-target'));
      input.value = button.getAttribute('data-value') || '';
      check(input);
    });
  });
})();
