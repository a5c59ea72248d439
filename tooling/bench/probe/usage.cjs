// Preloaded (node -r) into every process the cold-start benchmark starts: at exit it writes the
// process's CPU time and peak memory to standard error, as Node itself accounts them. A CommonJS
// preload costs next to nothing, so both sides of a comparison carry the same small weight.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\nchipwar-bench-usage ${usage.userCPUTime + usage.systemCPUTime} ${usage.maxRSS}\n`);
});
