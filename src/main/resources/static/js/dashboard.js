// Draws the dashboard's charts with Chart.js from the JSON embedded in the page (the same JSON as the
// API): coverage month by month this year and last year against the target, and the units below
// ranked by achievement. Buttons switch the indicator; a bar opens that unit's dashboard.
// The achievement bars: widths come as data attributes (the page allows no inline styles).
(function () {
  'use strict';
  document.querySelectorAll('.achievement-bar [data-width]').forEach(function (bar) {
    bar.style.width = bar.dataset.width;
  });
  document.querySelectorAll('.achievement-bar [data-left]').forEach(function (mark) {
    mark.style.left = mark.dataset.left;
  });
})();

(function () {
  'use strict';
  var source = document.getElementById('dashboard-data');
  if (!source || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  var locale = document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN';
  var printing = document.body.classList.contains('print-view');
  var twoDecimals = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  var wholeNumber = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  var PACE_COLOURS = { AHEAD: '#198754', SLIGHTLY_BEHIND: '#e07b00', FAR_BEHIND: '#dc3545', UNKNOWN: '#8a9299' };

  Chart.defaults.locale = locale;
  if (printing) {
    Chart.defaults.animation = false;
    Chart.defaults.responsive = false;
    Chart.defaults.font.size = 9;
  }

  // A vertical line at 100 % achievement (the target) across the ranking chart.
  var targetLine = {
    id: 'targetLine',
    afterDatasetsDraw: function (chart) {
      var x = chart.scales.x.getPixelForValue(100);
      if (x < chart.chartArea.left || x > chart.chartArea.right) {
        return;
      }
      var ctx = chart.ctx;
      ctx.save();
      ctx.strokeStyle = '#dc3545';
      ctx.setLineDash([4, 3]);
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.moveTo(x, chart.chartArea.top);
      ctx.lineTo(x, chart.chartArea.bottom);
      ctx.stroke();
      ctx.restore();
    }
  };

  function percent(value) {
    return value === null || value === undefined ? '—' : twoDecimals.format(value) + '%';
  }

  function series(indicator) {
    return data.trend.series.filter(function (s) { return s.indicator === indicator; })[0];
  }

  // The buttons (data-<name>-indicator) that show the chart for another indicator, the chosen one active.
  function indicatorButtons(name, chart, dataOf) {
    var attribute = 'data-' + name + '-indicator';
    var buttons = Array.prototype.slice.call(document.querySelectorAll('[' + attribute + ']'));
    buttons.forEach(function (button) {
      button.addEventListener('click', function () {
        chart.data = dataOf(button.getAttribute(attribute));
        chart.update();
        buttons.forEach(function (other) { other.classList.toggle('active', other === button); });
      });
    });
  }

  // ---- trend ----
  var trendCanvas = document.getElementById('trend-chart');
  if (trendCanvas) {
    var labels = trendCanvas.dataset;
    var months = labels.months.split('|');
    var trendData = function (indicator) {
      var s = series(indicator);
      var datasets = [
        { type: 'line', label: labels.labelThisYear, data: s.thisYear, borderColor: '#0d6efd', backgroundColor: '#0d6efd',
          borderWidth: 3, pointRadius: 4, tension: 0.2, spanGaps: false, yAxisID: 'y', order: 1 },
        { type: 'line', label: labels.labelLastYear, data: s.lastYear, borderColor: '#8a9299', backgroundColor: '#8a9299',
          borderDash: [6, 4], pointRadius: 3, tension: 0.2, spanGaps: false, yAxisID: 'y', order: 2 },
        { type: 'line', label: labels.labelTarget, data: months.map(function () { return s.target; }),
          borderColor: '#dc3545', backgroundColor: '#dc3545', borderDash: [2, 3], pointRadius: 0, yAxisID: 'y', order: 3 }
      ];
      if (indicator === 'BHYT') {
        datasets.push({ type: 'bar', label: labels.labelParticipants, data: s.participantsThisYear,
          backgroundColor: 'rgba(13, 110, 253, 0.15)', yAxisID: 'people', order: 4 });
      }
      return { labels: months, datasets: datasets };
    };
    var trendChart = new Chart(trendCanvas, {
      type: 'line',
      data: trendData('BHYT'),
      options: {
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          y: { title: { display: true, text: labels.axisCoverage }, ticks: { callback: function (v) { return twoDecimals.format(v); } } },
          people: { position: 'right', display: 'auto', grid: { drawOnChartArea: false }, beginAtZero: true,
            title: { display: true, text: labels.axisPeople }, ticks: { callback: function (v) { return wholeNumber.format(v); } } }
        },
        plugins: {
          tooltip: { callbacks: { label: function (context) {
            var value = context.parsed.y;
            return context.dataset.label + ': ' + (context.dataset.yAxisID === 'people' ? wholeNumber.format(value) : percent(value));
          } } }
        }
      }
    });
    indicatorButtons('trend', trendChart, trendData);
  }

  // ---- ranking ----
  var rankingCanvas = document.getElementById('ranking-chart');
  if (rankingCanvas && data.ranking.length > 0) {
    var shown = [];
    var rankingData = function (indicator) {
      shown = data.ranking.slice().sort(function (a, b) {
        var x = a.indicators[indicator].achievement, y = b.indicators[indicator].achievement;
        if (x === y) return a.name.localeCompare(b.name, 'vi');
        if (x === null) return 1;
        if (y === null) return -1;
        return y - x;
      });
      return {
        labels: shown.map(function (unit) { return unit.name; }),
        datasets: [{
          label: rankingCanvas.dataset.labelAchievement,
          data: shown.map(function (unit) { return unit.indicators[indicator].achievement; }),
          backgroundColor: shown.map(function (unit) { return PACE_COLOURS[unit.indicators[indicator].pace]; }),
          borderColor: shown.map(function (unit) { return unit.indicators[indicator].biggestDrop ? '#212529' : 'transparent'; }),
          borderWidth: 2
        }]
      };
    };
    if (!printing) {
      rankingCanvas.parentNode.style.height = Math.max(220, data.ranking.length * 26 + 60) + 'px';
    }
    var rankingChart = new Chart(rankingCanvas, {
      type: 'bar',
      plugins: [targetLine],
      data: rankingData('BHYT'),
      options: {
        indexAxis: 'y',
        maintainAspectRatio: false,
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: function (context) { return context.dataset.label + ': ' + percent(context.parsed.x); } } }
        },
        scales: {
          x: { beginAtZero: false, suggestedMax: 102, ticks: { callback: function (v) { return twoDecimals.format(v); } } },
          y: { ticks: { autoSkip: false } }
        },
        onClick: function (event, elements) {
          if (elements.length > 0) {
            var link = document.querySelector('#ranking-table tr[data-code="' + shown[elements[0].index].code + '"] a.dashboard-drill');
            if (link) {
              link.click();
            }
          }
        }
      }
    });
    indicatorButtons('ranking', rankingChart, rankingData);
  }

  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
})();
