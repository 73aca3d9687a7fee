import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** A layer: a folder under src/ (or a named group of top-level files), and the layers it may import. */
export type LayerRules = {
  /** The layer of a path relative to src/ (posix separators); undefined: not covered by the rules. */
  layerOf(path: string): string | undefined;
  allowed: Readonly<Record<string, readonly string[]>>;
};

export type ImportEdge = { from: string; to: string; specifier: string };
export type Violation = ImportEdge & { fromLayer: string; toLayer: string };

/** Every relative import of every .ts file under `srcDir`, as paths relative to it. */
export function importEdges(srcDir: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of tsFiles(srcDir)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const imported of info.importedFiles) {
      if (!imported.fileName.startsWith('.')) continue; // a package, not a layer
      edges.push({
        from: toPosix(relative(srcDir, file)),
        to: toPosix(relative(srcDir, resolve(dirname(file), imported.fileName))),
        specifier: imported.fileName,
      });
    }
  }
  return edges;
}

/** The imports that cross layers in a direction the rules do not allow. */
export function violations(edges: readonly ImportEdge[], rules: LayerRules): Violation[] {
  const found: Violation[] = [];
  for (const edge of edges) {
    const fromLayer = rules.layerOf(edge.from);
    const toLayer = rules.layerOf(edge.to);
    if (fromLayer === undefined || toLayer === undefined || fromLayer === toLayer) continue;
    if (!(rules.allowed[fromLayer] ?? []).includes(toLayer)) found.push({ ...edge, fromLayer, toLayer });
  }
  return found;
}

export function describeViolation(v: Violation): string {
  return `${v.from} (${v.fromLayer}) imports ${v.to} (${v.toLayer}) via '${v.specifier}'`;
}

/** Every .ts file under `dir`. */
export function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
