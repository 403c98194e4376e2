// Loaded into the benchmarked `next start` (NODE_OPTIONS --import) when the bench runs with --cpu-profile:
// SIGUSR2 starts a CPU profile of the server process, the next SIGUSR2 writes it to
// $BENCH_CPU_PROFILE_DIR/<pid>.cpuprofile (written under another name, then renamed, so a reader never sees
// half a file). `node --cpu-prof` cannot serve here: it writes only when the process exits on its own.
import fs from "node:fs";
import inspector from "node:inspector";
import path from "node:path";

const dir = process.env.BENCH_CPU_PROFILE_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  let running = false;
  process.on("SIGUSR2", () => {
    if (!running) {
      running = true;
      session.post("Profiler.enable", () =>
        session.post("Profiler.setSamplingInterval", { interval: 500 }, () => session.post("Profiler.start")),
      );
      return;
    }
    running = false;
    session.post("Profiler.stop", (error, result) => {
      if (error) return console.error("[bench] cpu profile failed", error);
      const file = path.join(dir, `${process.pid}.cpuprofile`);
      fs.writeFileSync(`${file}.part`, JSON.stringify(result.profile));
      fs.renameSync(`${file}.part`, file);
    });
  });
}
