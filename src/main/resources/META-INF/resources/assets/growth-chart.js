/* The dashboard's subscriber chart: uPlot (a webjar served by the application) over GET /api/lists/growth. The
   table beside it carries the same totals for anyone without the chart. */
(function () {
  'use strict';

  function seriesOf(report, listId) {
    return report.lists.find(function (list) { return String(list.listId) === String(listId); }) || report.lists[0];
  }

  function data(report, list) {
    var days = report.days.map(function (day) { return Date.parse(day + 'T00:00:00Z') / 1000; });
    return [days, list.members, list.joined, list.left];
  }

  function draw(root, report, picker) {
    var list = seriesOf(report, picker.value);
    var options = {
      width: Math.max(280, root.clientWidth),
      height: 260,
      tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'); },
      scales: { x: { time: true }, members: {}, day: {} },
      axes: [{}, { scale: 'members', label: 'members' }, { scale: 'day', side: 1, label: 'per day', grid: { show: false } }],
      series: [
        {},
        { label: 'Members', scale: 'members', stroke: '#1d4ed8', width: 2 },
        { label: 'Joined', scale: 'day', stroke: '#1b7a3a', width: 1 },
        { label: 'Left', scale: 'day', stroke: '#b42318', width: 1, dash: [4, 3] }
      ]
    };
    root.textContent = '';
    return new uPlot(options, data(report, list), root);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var root = document.getElementById('growth-chart');
    var picker = document.getElementById('growth-list');
    if (!root || !picker || typeof uPlot === 'undefined') {
      return;
    }
    fetch(root.dataset.src, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (report) {
        var chart = draw(root, report, picker);
        root.dataset.ready = 'true';
        picker.addEventListener('change', function () {
          chart.destroy();
          chart = draw(root, report, picker);
        });
      })
      .catch(function () { root.textContent = 'The chart could not be loaded; the table below has the figures.'; });
  });
}());
