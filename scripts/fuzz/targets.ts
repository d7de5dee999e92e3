// What there is to attack, read from the code and the build: every API
// route with its methods, every page, every server action with its page.
import fs from "node:fs";
import path from "node:path";

export type ApiRoute = { template: string; methods: string[] };
export type ServerAction = { id: string; name: string; pageTemplate: string };

function walk(dir: string, file: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, file, out);
    else if (entry.name === file) out.push(full);
  }
  return out;
}

const toTemplate = (file: string) =>
  "/" +
  path
    .dirname(path.relative("app", file))
    .split(path.sep)
    .filter((s) => s !== "." && !/^\(.*\)$/.test(s) && !s.startsWith("_"))
    .join("/");

export function apiRoutes(): ApiRoute[] {
  return walk("app/api", "route.ts").map((file) => {
    const source = fs.readFileSync(file, "utf8");
    const methods = [...source.matchAll(/export\s+(?:async\s+function|const)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!);
    return { template: toTemplate(file), methods };
  });
}

export function pages(): string[] {
  return walk("app", "page.tsx")
    .map(toTemplate)
    .map((t) => (t === "/" ? "/" : t));
}

export function serverActions(distDir: string): ServerAction[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0] ?? "app/page";
    const pageTemplate = "/" + worker.replace(/^app\/?/, "").replace(/\/?page$/, "");
    return { id, name: entry.exportedName ?? id, pageTemplate: pageTemplate === "/" ? "/" : pageTemplate.replace(/\/$/, "") };
  });
}
