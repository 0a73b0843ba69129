#!/usr/bin/env node
// Benchmarks land with the performance issue (opening 1 MB / 5,000-highlight
// articles, re-anchoring, the brief). Until then there is nothing to measure.
console.log('No benchmarks yet: see the performance issue.');
