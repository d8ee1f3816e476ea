'use strict';
// node:perf_hooks: the `performance` object and its entry classes (internal/perf.js).
// ⚠️ No PerformanceObserver, monitorEventLoopDelay or createHistogram yet.

const { performance, PerformanceEntry, PerformanceMark, PerformanceMeasure } = require('internal/perf');

module.exports = { performance, PerformanceEntry, PerformanceMark, PerformanceMeasure, constants: {} };
