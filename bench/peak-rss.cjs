// Loaded with `node --require`: prints the process's peak resident memory (workers included) as it exits, for the
// benchmark that ran it.
process.on('exit', () => process.stderr.write(`peak-rss-kib ${process.resourceUsage().maxRSS}\n`));
