/* neican web: legend toggles on the document page and the charts (ECharts, served from /static).
   Chart data arrives as JSON in <script type="application/json" id="chart-NAME-data">. */
(function () {
  "use strict";

  var FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
  var PALETTE = ["#1d4f91", "#c2410c", "#15803d", "#a61b1b", "#7c3aed", "#0e7490", "#b45309", "#be185d", "#4d7c0f", "#475569"];

  function legendToggles() {
    var text = document.getElementById("doc-text");
    if (!text) return;
    document.querySelectorAll("#legend input[data-kind]").forEach(function (box) {
      box.addEventListener("change", function () {
        text.classList.toggle("hide-" + box.dataset.kind, !box.checked);
      });
    });
  }

  function zoom(count, visible) {
    if (count <= visible) return [];
    return [{ type: "slider", height: 18, bottom: 4, startValue: count - visible, endValue: count - 1 },
            { type: "inside" }];
  }

  var builders = {
    months: function (d) {
      return {
        grid: { left: 48, right: 16, top: 16, bottom: d.months.length > 180 ? 56 : 32 },
        tooltip: { trigger: "axis" },
        xAxis: { type: "category", data: d.months },
        yAxis: { type: "value", minInterval: 1 },
        dataZoom: zoom(d.months.length, 180),
        series: [{ type: "bar", name: "文档 documents", data: d.counts, itemStyle: { color: "#1d4f91" } }]
      };
    },

    diffusion: function (d) {
      var series = [{ type: "bar", name: "全部报道 all stories", data: d.total, itemStyle: { color: "#d5dde6" }, barMaxWidth: 28 }];
      d.series.forEach(function (s) {
        series.push({ type: "line", name: s.name, data: s.data, symbolSize: 6, showSymbol: d.months.length <= 36 });
      });
      return {
        legend: { top: 0, type: "scroll" },
        grid: { left: 48, right: 16, top: 40, bottom: d.months.length > 120 ? 60 : 32 },
        tooltip: { trigger: "axis" },
        xAxis: { type: "category", data: d.months },
        yAxis: { type: "value", minInterval: 1, name: "报道 stories" },
        dataZoom: zoom(d.months.length, 120),
        series: series
      };
    },

    provinces: function (d) {
      var rows = d.provinces.slice().reverse();
      return {
        grid: { left: 110, right: 40, top: 8, bottom: 24 },
        tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
        xAxis: { type: "value", minInterval: 1 },
        yAxis: { type: "category", data: rows.map(function (r) { return r.name; }) },
        series: [{ type: "bar", data: rows.map(function (r) { return r.value; }), itemStyle: { color: "#15803d" },
                   label: { show: true, position: "right" }, barMaxWidth: 18 }]
      };
    },

    career: function (d) {
      var labels = d.titles.map(function (t) { return t.label; });
      var day = 86400000;
      var data = d.titles.map(function (t, i) {
        return { value: [i, +new Date(t.first), +new Date(t.last) + day, t.documents], title: t };
      });
      var lows = data.map(function (d) { return d.value[1]; });
      var highs = data.map(function (d) { return d.value[2]; });
      var low = Math.min.apply(null, lows), high = Math.max.apply(null, highs);
      var pad = Math.max(45 * day, (high - low) * 0.04);  // a one-day title still reads as a bar
      return {
        grid: { left: 190, right: 30, top: 10, bottom: 40 },
        tooltip: {
          formatter: function (p) {
            var t = p.data.title;
            var changes = (t.taken_up ? "<br>任 appointed " + t.taken_up : "") + (t.left ? "<br>免 removed " + t.left : "");
            return t.label + "<br>" + t.first + " — " + t.last + changes + "<br>" + t.documents + " 报道 stories";
          }
        },
        xAxis: { type: "time", min: low - pad, max: high + pad, axisLabel: { formatter: { year: "{yyyy}", month: "{yyyy}-{MM}", day: "{MM}-{dd}" }, hideOverlap: true },
                 splitLine: { show: true, lineStyle: { color: "#eef1f4" } } },
        yAxis: { type: "category", data: labels, inverse: true, axisLabel: { width: 170, overflow: "truncate" } },
        series: [{
          type: "custom",
          encode: { x: [1, 2], y: 0 },
          data: data,
          renderItem: function (params, api) {
            var row = api.value(0);
            var start = api.coord([api.value(1), row]);
            var end = api.coord([api.value(2), row]);
            if (!start || !end) return null;  // no coordinate system yet (a resize mid-layout): draw nothing this pass
            var height = api.size([0, 1])[1] * 0.55;
            var width = Math.max(end[0] - start[0], 8);
            return {
              type: "rect",
              shape: { x: start[0], y: start[1] - height / 2, width: width, height: height, r: 3 },
              style: { fill: PALETTE[params.dataIndex % PALETTE.length] }
            };
          }
        }]
      };
    },

    compare: function (d) {
      var terms = d.terms.slice().reverse();
      return {
        legend: { top: 0 },
        grid: { left: 150, right: 40, top: 32, bottom: 24 },
        tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
        xAxis: { type: "value", minInterval: 1 },
        yAxis: { type: "category", data: terms },
        series: [
          { type: "bar", name: d.a, data: d.a_counts.slice().reverse(), itemStyle: { color: "#1d4f91" }, barMaxWidth: 14 },
          { type: "bar", name: d.b, data: d.b_counts.slice().reverse(), itemStyle: { color: "#c2410c" }, barMaxWidth: 14 }
        ]
      };
    },

    tours: function (d) {
      var most = Math.max.apply(null, d.nodes.map(function (n) { return n.value; }).concat([1]));
      var circular = d.nodes.length <= 14;
      return {
        tooltip: {
          formatter: function (p) {
            return p.dataType === "edge" ? p.data.source + " → " + p.data.target + "：" + p.data.value + " 次 visits"
                                         : p.data.name + "：" + p.data.value + " 次 visits";
          }
        },
        series: [{
          type: "graph",
          layout: circular ? "circular" : "force",
          circular: { rotateLabel: false },
          force: { repulsion: 320, edgeLength: [70, 200], gravity: 0.08, layoutAnimation: false },
          roam: true,
          draggable: true,
          label: { show: true, position: "right", fontSize: 13 },
          edgeSymbol: ["none", "arrow"],
          edgeSymbolSize: 9,
          edgeLabel: { show: d.links.length <= 30, formatter: function (p) { return p.data.value; }, fontSize: 11 },
          lineStyle: { color: "#7c8b9a", opacity: 0.8, curveness: 0.15 },
          emphasis: { focus: "adjacency", lineStyle: { width: 4 } },
          data: d.nodes.map(function (n, i) {
            return { name: n.name, value: n.value, symbolSize: 14 + 30 * Math.sqrt(n.value / most),
                     itemStyle: { color: n.unknown ? "#b8c2cc" : PALETTE[i % PALETTE.length] } };
          }),
          links: d.links.map(function (l) {
            return { source: l.source, target: l.target, value: l.value,
                     lineStyle: { width: 1 + 3 * Math.sqrt(l.value / most) } };
          })
        }]
      };
    }
  };

  function drawCharts() {
    if (typeof echarts === "undefined") return;
    var charts = [];
    document.querySelectorAll(".chart[data-chart]").forEach(function (el) {
      var name = el.dataset.chart;
      var source = document.getElementById("chart-" + name + "-data");
      if (!source || !builders[name]) return;
      var option = builders[name](JSON.parse(source.textContent));
      option.textStyle = { fontFamily: FONT };
      option.color = option.color || PALETTE;
      option.animationDuration = 400;
      var chart = echarts.init(el, null, { renderer: "canvas" });
      chart.on("finished", function () { el.dataset.ready = "1"; });
      chart.setOption(option);
      charts.push(chart);
    });
    // One resize a frame, and none on a chart already disposed (a resize can arrive as the page unloads).
    var pending = 0;
    window.addEventListener("resize", function () {
      if (pending) return;
      pending = window.requestAnimationFrame(function () {
        pending = 0;
        charts.forEach(function (c) { if (!c.isDisposed()) c.resize(); });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    legendToggles();
    drawCharts();
  });
})();
