// Progress on stderr: a line rewritten in place on a terminal, nothing with --quiet.

export interface Progress {
  update(message: string): void;
  /** A warning line: printed even with --quiet, since it says something was left out. */
  warn(message: string): void;
  done(message: string): void;
}

export function progress(quiet: boolean): Progress {
  const tty = process.stderr.isTTY === true;
  let last = 0;
  return {
    update(message) {
      if (quiet || !tty) return;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      process.stderr.write(`\r\x1b[K${message}`);
    },
    warn(message) {
      process.stderr.write(`${tty ? '\r\x1b[K' : ''}${message}\n`);
    },
    done(message) {
      if (quiet) return;
      process.stderr.write(`${tty ? '\r\x1b[K' : ''}${message}\n`);
    },
  };
}
