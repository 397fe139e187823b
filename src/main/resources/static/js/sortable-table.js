// Click a column header of a table.sortable to sort its body rows by that column (again to reverse).
// Cells carry data-sort-value (raw numbers); the total row sits in tfoot and never moves.
document.querySelectorAll('table.sortable').forEach(function (table) {
  var headers = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(headers, function (header, index) {
    header.style.cursor = 'pointer';
    header.addEventListener('click', function () {
      var ascending = header.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = sortValue(a.cells[index]), y = sortValue(b.cells[index]);
        if (x === y) return 0;
        if (x === null) return 1;
        if (y === null) return -1;
        var order = (typeof x === 'number' && typeof y === 'number') ? x - y : String(x).localeCompare(String(y), 'vi');
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});

function sortValue(cell) {
  var raw = cell.getAttribute('data-sort-value');
  if (raw === null || raw === '') return cell.textContent.trim() === '' ? null : cell.textContent.trim();
  var number = Number(raw);
  return isNaN(number) ? raw : number;
}
