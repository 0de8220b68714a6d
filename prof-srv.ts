import { serveSite } from "@/lib/server/serve-site";
serveSite(3101);
let last = process.cpuUsage();
process.on("SIGUSR2", () => { const u = process.cpuUsage(last); console.log("cpu ms", (u.user + u.system) / 1000); last = process.cpuUsage(); });
